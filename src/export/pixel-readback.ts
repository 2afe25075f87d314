/** A copy of the drawing buffer on its way from the GPU, readable once its fence has passed. */
export interface PendingPixels {
  readonly slot: number;
  readonly fence: WebGLSync;
}

/**
 * Reads frames back from a WebGL2 canvas without stalling: `queue` (called while the frame is still in the
 * drawing buffer, in the same task as the draw) asks the GPU to copy it into a pixel-pack buffer and returns
 * at once; `read` waits for the fence without blocking the page, so the next frame's work on the main thread
 * overlaps this frame's rendering on the GPU. Two slots: one frame being read while the next is drawn.
 */
export class PixelReadback {
  readonly image: ImageData;
  private readonly buffers: WebGLBuffer[];
  private readonly rows: Uint8Array;
  /** The fence of the copy queued in each slot and not yet read (deleted on reuse or destroy). */
  private readonly fences: (WebGLSync | undefined)[] = [undefined, undefined];
  private next = 0;

  constructor(
    private readonly gl: WebGL2RenderingContext,
    readonly width: number,
    readonly height: number,
  ) {
    const bytes = width * height * 4;
    this.buffers = [0, 1].map(() => {
      const buffer = gl.createBuffer();
      if (!buffer) throw new Error('WebGL could not create a buffer to read the export frame back.');
      this.withPackBuffer(buffer, () => gl.bufferData(gl.PIXEL_PACK_BUFFER, bytes, gl.STREAM_READ));
      return buffer;
    });
    this.rows = new Uint8Array(bytes);
    this.image = new ImageData(width, height);
  }

  /** Queues a copy of the top-left width × height of the drawing buffer. */
  queue(): PendingPixels {
    const gl = this.gl;
    const slot = this.next;
    this.next = 1 - slot;
    // GL rows start at the bottom: the top-left region of a taller buffer starts above the difference.
    const y = gl.drawingBufferHeight - this.height;
    const framebuffer = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, null);
    try {
      this.withPackBuffer(this.buffers[slot]!, () =>
        gl.readPixels(0, y, this.width, this.height, gl.RGBA, gl.UNSIGNED_BYTE, 0),
      );
    } finally {
      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, framebuffer);
    }
    const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!fence) throw new Error('WebGL could not create a fence to read the export frame back.');
    gl.flush();
    this.dropFence(slot);
    this.fences[slot] = fence;
    return { slot, fence };
  }

  /** The frame's pixels, top row first, in `image` (valid until the next read). */
  async read(pending: PendingPixels): Promise<ImageData> {
    const gl = this.gl;
    // A fence's status only changes between tasks, so poll from the event loop.
    for (;;) {
      const status = gl.clientWaitSync(pending.fence, 0, 0);
      if (status === gl.ALREADY_SIGNALED || status === gl.CONDITION_SATISFIED) break;
      if (status === gl.WAIT_FAILED || gl.isContextLost())
        throw new Error('The graphics context was lost while reading an export frame back.');
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    this.dropFence(pending.slot);
    this.withPackBuffer(this.buffers[pending.slot]!, () =>
      gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, this.rows),
    );
    const stride = this.width * 4;
    const out = this.image.data;
    for (let row = 0; row < this.height; row++) {
      const from = (this.height - 1 - row) * stride;
      out.set(this.rows.subarray(from, from + stride), row * stride);
    }
    return this.image;
  }

  destroy(): void {
    if (this.gl.isContextLost()) return;
    this.dropFence(0);
    this.dropFence(1);
    for (const buffer of this.buffers) this.gl.deleteBuffer(buffer);
  }

  private dropFence(slot: number): void {
    const fence = this.fences[slot];
    if (fence) this.gl.deleteSync(fence);
    this.fences[slot] = undefined;
  }

  /** Binds for one call and puts back whatever the map's libraries had bound, as their state caches expect. */
  private withPackBuffer(buffer: WebGLBuffer, run: () => void): void {
    const gl = this.gl;
    const previous = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING) as WebGLBuffer | null;
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer);
    try {
      run();
    } finally {
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, previous);
    }
  }
}
