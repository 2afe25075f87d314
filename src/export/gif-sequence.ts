import { applyPalette, GIFEncoder, type Palette } from 'gifenc';
import type { ByteSink } from './byte-sink';

/** Above this a GIF is a poor way to carry a briefing: the writer says so (MP4 is a tenth of the size). */
export const GIF_WARN_BYTES = 20 * 1024 * 1024;
/** Browsers slow any delay under 2/100 s down to 1/10 s, so GIFs stop at 50 fps. */
export const GIF_MAX_FPS = 50;

export interface GifOptions {
  width: number;
  height: number;
  fps: number;
  palette: Palette;
  /** Loops forever by default, as a GIF on a slide should. */
  repeat?: number;
  /** Called once, when the bytes written or projected for the whole clip pass `GIF_WARN_BYTES`. */
  onLarge?: (bytes: { written: number; projected: number }) => void;
}

/**
 * Delay of frame i in 1/100 s. GIF delays are whole hundredths, so they are rounded on the running total:
 * 30 fps gives 3, 4, 3, 3, 4, 3… and the clip lasts exactly frames/fps seconds.
 */
export function gifDelayCs(i: number, fps: number): number {
  return Math.round(((i + 1) * 100) / fps) - Math.round((i * 100) / fps);
}

/**
 * Writes a GIF frame by frame to a sink: header and the clip's palette as the global colour table first,
 * then each frame LZW-encoded as it comes. Only one frame's bytes are held at a time.
 */
export class GifWriter {
  private readonly gif = GIFEncoder({ auto: false, initialCapacity: 1 << 20 });
  private position = 0;
  private frames = 0;
  private warned = false;

  constructor(
    private readonly sink: ByteSink,
    private readonly options: GifOptions,
    /** Frames the clip will have, for the size projection. */
    private readonly total: number,
  ) {
    const { width, height, fps } = options;
    if (!(width > 0 && height > 0 && width <= 65535 && height <= 65535))
      throw new Error(`A GIF is 1–65535 px a side (got ${width}×${height})`);
    if (!(fps > 0 && fps <= GIF_MAX_FPS))
      throw new Error(`A GIF plays at most ${GIF_MAX_FPS} fps (got ${fps})`);
    if (options.palette.length < 2 || options.palette.length > 256)
      throw new Error(`A GIF palette has 2–256 colours (got ${options.palette.length})`);
    this.gif.writeHeader();
  }

  get bytesWritten(): number {
    return this.position;
  }

  /** Adds one RGBA frame of the clip's size (its bytes are not kept). */
  async add(rgba: Uint8Array | Uint8ClampedArray): Promise<void> {
    const { width, height, palette } = this.options;
    if (rgba.length !== width * height * 4)
      throw new Error(`A frame of ${width}×${height} has ${width * height * 4} bytes (got ${rgba.length})`);
    // applyPalette reads the whole underlying buffer as pixels, so it gets a buffer of its own.
    const own = rgba.byteOffset === 0 && rgba.buffer.byteLength === rgba.length ? rgba : rgba.slice();
    const index = applyPalette(own, palette, 'rgb565');
    const first = this.frames === 0;
    this.gif.writeFrame(index, width, height, {
      first,
      palette: first ? palette : undefined,
      delay: gifDelayCs(this.frames, this.options.fps) * 10,
      repeat: this.options.repeat ?? 0,
    });
    this.frames++;
    await this.flush();
    this.checkSize();
  }

  /** Writes the trailer and closes the sink; returns the file's size. */
  async finish(): Promise<number> {
    if (this.frames === 0) throw new Error('A GIF needs at least one frame (got 0)');
    this.gif.finish();
    await this.flush();
    await this.sink.close();
    return this.position;
  }

  private async flush(): Promise<void> {
    const bytes = this.gif.bytesView().slice();
    this.gif.reset();
    await this.sink.write({ data: bytes, position: this.position });
    this.position += bytes.length;
  }

  private checkSize(): void {
    if (this.warned || !this.options.onLarge) return;
    const projected = Math.round((this.position / this.frames) * Math.max(this.total, this.frames));
    if (this.position > GIF_WARN_BYTES || (this.frames >= 3 && projected > GIF_WARN_BYTES)) {
      this.warned = true;
      this.options.onLarge({ written: this.position, projected });
    }
  }
}

/**
 * Bytes per pixel of one frame of a map GIF, LZW-coded on the clip's palette: an assumed rate for the size
 * shown before an export starts (relief and flat desert code well below one byte; the writer's own
 * projection, from the frames written, takes over while it runs).
 */
export const GIF_BYTES_PER_PIXEL = 0.3;

/** About how large a GIF of `frames` frames of width × height px will be: told before the export starts. */
export function gifBytesEstimate(width: number, height: number, frames: number): number {
  return Math.round(width * height * Math.max(0, frames) * GIF_BYTES_PER_PIXEL);
}
