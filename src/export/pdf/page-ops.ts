import type { BoxMm } from './page-layout';

/** Colours on paper, as 0–1 RGB. */
export type Ink = [number, number, number];
export const INK: Ink = [0.1, 0.1, 0.1];
export const MUTED: Ink = [0.35, 0.35, 0.35];
export const ACCENT: Ink = [0, 0.447, 0.698];
export const WHITE: Ink = [1, 1, 1];

/** What a page is drawn from, in mm from its top-left corner; the PDF writer only translates these. */
export type Op =
  | { kind: 'text'; box: BoxMm; size: number; bold?: boolean; text: string; color?: Ink }
  | { kind: 'image'; box: BoxMm; key: string }
  | { kind: 'rect'; box: BoxMm; fill?: Ink; stroke?: Ink; width?: number }
  | { kind: 'line'; from: [number, number]; to: [number, number]; width: number; color?: Ink }
  | { kind: 'polygon'; points: [number, number][]; fill: Ink };

/** Width in mm of `text` set at `size` pt (bold or not): the embedded font's own metrics in the PDF. */
export type MeasureMm = (text: string, size: number, bold?: boolean) => number;

/** Height in mm of a line of text at `size` pt. */
export function lineMm(size: number): number {
  return size * 0.3528 * 1.3;
}

/** The text cut with "…" to fit `width` mm. */
export function fitText(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: MeasureMm,
): string {
  if (measure(text, size, bold) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`, size, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** Lines of at most `width` mm, broken at spaces (a word longer than the line is cut with "…"). */
export function wrapText(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: MeasureMm,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size, bold) <= width) line = next;
    else {
      if (line) lines.push(line);
      line = measure(word, size, bold) <= width ? word : fitText(word, width, size, bold, measure);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Fills a box from the top, line by line. Whatever does not fit is left out and said so in the box's last
 * line, so nothing is ever drawn outside it.
 */
export class Flow {
  y: number;
  full = false;
  /** Keep a line free for the notice of what is left out (off for a box that holds one item). */
  reserve = true;
  readonly ops: Op[] = [];

  constructor(
    readonly box: BoxMm,
    private readonly measure: MeasureMm,
    /** The last line when something is left out, e.g. "… and 4 more: see the source list". */
    private readonly more: (n: number) => string,
  ) {
    this.y = box.y;
  }

  /** Room for `h` mm more, keeping a line for the notice of what is left out. */
  fits(h: number): boolean {
    return !this.full && this.y + h + (this.reserve ? lineMm(6.5) : 0) <= this.box.y + this.box.h + 1e-9;
  }

  gap(mm: number): void {
    this.y = Math.min(this.y + mm, this.box.y + this.box.h);
  }

  /** Stops the flow, saying how many items were left out. */
  stop(left: number): void {
    if (this.full) return;
    this.full = true;
    if (left <= 0) return;
    const text = fitText(this.more(left), this.box.w, 6.5, false, this.measure);
    const h = lineMm(6.5);
    const y = Math.min(this.y, this.box.y + this.box.h - h);
    this.ops.push({
      kind: 'text',
      box: { x: this.box.x, y, w: this.box.w, h },
      size: 6.5,
      text,
      color: MUTED,
    });
    this.y = y + h;
  }

  /** A paragraph; false when it (or part of it) did not fit. */
  paragraph(
    text: string,
    size: number,
    options: { bold?: boolean; color?: Ink; indent?: number } = {},
  ): boolean {
    const indent = options.indent ?? 0;
    const w = this.box.w - indent;
    const lines = wrapText(text, w, size, options.bold ?? false, this.measure);
    const h = lineMm(size);
    if (!this.fits(h * lines.length)) return false;
    for (const line of lines) {
      this.ops.push({
        kind: 'text',
        box: { x: this.box.x + indent, y: this.y, w, h },
        size,
        text: line,
        ...(options.bold && { bold: true }),
        ...(options.color && { color: options.color }),
      });
      this.y += h;
    }
    return true;
  }

  /** Items of a list, each a paragraph; what does not fit is counted in the closing line. */
  list(items: readonly string[], size: number, options: { color?: Ink } = {}): boolean {
    for (let i = 0; i < items.length; i++) {
      if (!this.paragraph(`• ${items[i]}`, size, options)) {
        this.stop(items.length - i);
        return false;
      }
      this.gap(0.4);
    }
    return true;
  }
}
