let measured: number | null | undefined;

/**
 * The largest canvas side this browser's WebGL can draw, or undefined when it cannot tell. Asked once per
 * page: each question costs a WebGL context.
 */
export function gpuMaxSide(): number | undefined {
  if (measured === undefined) {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) {
      measured = null;
    } else {
      const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
      measured = Math.min(
        gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
        gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
        dims[0] ?? Infinity,
        dims[1] ?? Infinity,
      );
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  }
  return measured ?? undefined;
}
