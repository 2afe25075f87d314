import type { Measure } from './furniture-input';

/**
 * Greedy word wrap to `maxWidth`. A single word wider than the limit keeps its own line rather than being
 * broken mid-word: place names must stay whole, and the layout measures the real width anyway.
 */
export function wrapText(text: string, maxWidth: number, fontString: string, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Breaks at spaces, never at a no-break space ("1:500 000" stays on one line).
    const words = paragraph.split(/[^\S\u00a0\u202f]+/).filter((w) => w.length > 0);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, fontString) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Width of the widest line. */
export function linesWidth(lines: readonly string[], fontString: string, measure: Measure): number {
  return lines.reduce((w, line) => Math.max(w, measure(line, fontString)), 0);
}

/**
 * A rough Noto Sans advance (em fractions), used where no canvas is at hand (tests, planning before
 * fonts load). Real drawing always measures with the canvas.
 */
export const approxMeasure: Measure = (text, fontString) => {
  const size = Number(/([\d.]+)px/.exec(fontString)?.[1] ?? 16);
  const bold = /\b700\b|bold/.test(fontString);
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.26;
    else if (/[il.,:;'|!]/.test(ch)) em += 0.27;
    else if (/[A-Z0-9]/.test(ch)) em += ch === 'M' || ch === 'W' ? 0.86 : 0.64;
    else if (ch === 'm' || ch === 'w') em += 0.85;
    else em += 0.55;
  }
  return em * size * (bold ? 1.06 : 1);
};

export interface TextRun {
  text: string;
  /** Offset from the run's start. */
  dx: number;
}

/**
 * Splits `text` so every digit sits in a cell as wide as the widest digit: the clock keeps still while
 * the minutes tick, whatever figures the font has by default (canvas has no font-variant-numeric).
 */
export function tabularRuns(
  text: string,
  fontString: string,
  measure: Measure,
): { runs: TextRun[]; width: number } {
  const cell = Math.max(...'0123456789'.split('').map((d) => measure(d, fontString)));
  const runs: TextRun[] = [];
  let x = 0;
  let pending = '';
  const flush = () => {
    if (!pending) return;
    runs.push({ text: pending, dx: x });
    x += measure(pending, fontString);
    pending = '';
  };
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') {
      flush();
      runs.push({ text: ch, dx: x + (cell - measure(ch, fontString)) / 2 });
      x += cell;
    } else {
      pending += ch;
    }
  }
  flush();
  return { runs, width: x };
}
