/** A PNG's pixel size from its IHDR chunk; throws (with what it found) on anything that is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b))
    throw new Error(
      `Not a PNG: starts with ${[...bytes.subarray(0, 8)].map((b) => b.toString(16)).join(' ')}`,
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
