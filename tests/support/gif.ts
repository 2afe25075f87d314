/** A GIF read back block by block, to check what an encoder wrote without trusting the encoder. */
export interface ParsedGif {
  width: number;
  height: number;
  globalPalette: [number, number, number][];
  /** NETSCAPE2.0 loop count (0 = forever), when present. */
  loops?: number;
  frames: { delayCs: number; width: number; height: number; indices: Uint8Array }[];
}

export function parseGif(bytes: Uint8Array): ParsedGif {
  const sig = String.fromCharCode(...bytes.subarray(0, 6));
  if (sig !== 'GIF89a' && sig !== 'GIF87a') throw new Error(`Not a GIF: ${JSON.stringify(sig)}`);
  const u16 = (o: number) => bytes[o]! | (bytes[o + 1]! << 8);
  const width = u16(6);
  const height = u16(8);
  const packed = bytes[10]!;
  let o = 13;
  const globalPalette: [number, number, number][] = [];
  if (packed & 0x80) {
    const n = 2 << (packed & 7);
    for (let i = 0; i < n; i++, o += 3) globalPalette.push([bytes[o]!, bytes[o + 1]!, bytes[o + 2]!]);
  }
  const gif: ParsedGif = { width, height, globalPalette, frames: [] };
  let delayCs = 0;
  const subBlocks = () => {
    const parts: Uint8Array[] = [];
    for (let n = bytes[o++]!; n > 0; n = bytes[o++]!) {
      parts.push(bytes.subarray(o, o + n));
      o += n;
    }
    const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
    let k = 0;
    for (const p of parts) out.set(p, (k += p.length) - p.length);
    return out;
  };
  for (;;) {
    const block = bytes[o++];
    if (block === 0x3b) return gif;
    if (block === 0x21) {
      const label = bytes[o++];
      const data = subBlocks();
      if (label === 0xf9) delayCs = data[1]! | (data[2]! << 8);
      if (label === 0xff && String.fromCharCode(...data.subarray(0, 11)) === 'NETSCAPE2.0')
        gif.loops = data[12]! | (data[13]! << 8);
    } else if (block === 0x2c) {
      const w = u16(o + 4);
      const h = u16(o + 6);
      const flags = bytes[o + 8]!;
      o += 9;
      if (flags & 0x80) o += 3 * (2 << (flags & 7));
      const minCodeSize = bytes[o++]!;
      gif.frames.push({ delayCs, width: w, height: h, indices: lzwDecode(subBlocks(), minCodeSize, w * h) });
    } else throw new Error(`Unexpected GIF block 0x${block?.toString(16)} at ${o - 1}`);
  }
}

function lzwDecode(data: Uint8Array, minCodeSize: number, pixels: number): Uint8Array {
  const out = new Uint8Array(pixels);
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  let size = minCodeSize + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: clear + 2 }, (_, i) => [i]);
    size = minCodeSize + 1;
  };
  reset();
  let bit = 0;
  let n = 0;
  let prev: number[] | undefined;
  while (bit + size <= data.length * 8) {
    let code = 0;
    for (let i = 0; i < size; i++, bit++) if (data[bit >> 3]! & (1 << (bit & 7))) code |= 1 << i;
    if (code === clear) {
      reset();
      prev = undefined;
      continue;
    }
    if (code === end) break;
    const entry = dict[code] ?? (prev ? [...prev, prev[0]!] : undefined);
    if (!entry) throw new Error(`Bad LZW code ${code}`);
    for (const v of entry) if (n < pixels) out[n++] = v;
    if (prev && dict.length < 4096) dict.push([...prev, entry[0]!]);
    prev = entry;
    if (dict.length === 1 << size && size < 12) size++;
  }
  if (n !== pixels) throw new Error(`LZW data gave ${n} pixels, expected ${pixels}`);
  return out;
}
