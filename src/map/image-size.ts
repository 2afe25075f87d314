/**
 * Width of a PNG, JPEG or WebP image from its header bytes, or undefined when they are none of these: the tile
 * size of a raster archive, which PMTiles does not record.
 */
export function imageWidth(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  if (bytes.length >= 24 && bytes[0] === 0x89 && ascii(1, 3) === 'PNG') return view.getUint32(16);
  if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4);
    if (chunk === 'VP8 ') return view.getUint16(26, true) & 0x3fff;
    if (chunk === 'VP8L') return (view.getUint16(21, true) & 0x3fff) + 1;
    if (chunk === 'VP8X') return (view.getUint32(24, true) & 0xffffff) + 1;
    return undefined;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    // Walk the JPEG segments to the frame header (SOF0–SOF15, not DHT/JPG/DAC), which holds the size.
    let at = 2;
    while (at + 9 < bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1]!;
      const length = view.getUint16(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return view.getUint16(at + 7);
      }
      at += 2 + length;
    }
  }
  return undefined;
}
