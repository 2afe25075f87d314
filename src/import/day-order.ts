import { slashedParts, type DayOrder } from './formats/time-formats';

export interface DayOrderVerdict {
  /** The order the file's ambiguous dates are read in; undefined when nothing settles it. */
  order?: DayOrder;
  /** Why: a date that only fits one order, or the file's locale. */
  reason?: { kind: 'date'; example: string } | { kind: 'locale' };
  /** Dates of the file that only fit opposite orders: none of its ambiguous dates can be read. */
  conflict?: [dmy: string, mdy: string];
  /** A date the order is needed for (both parts 12 or less), to show the user. */
  ambiguous?: string;
}

/**
 * Settles the day/month order of a file's dates from all of them at once: a date such as 25/11/2023 only
 * fits day-first, 11/25/2023 only month-first. When every date fits both, a French-locale file (decimal
 * commas) is day-first; otherwise the order stays open and the caller reports it.
 */
export function dayOrderOf(
  values: Iterable<unknown>,
  hint: { dayFirstLocale?: boolean } = {},
): DayOrderVerdict {
  let dmy: string | undefined;
  let mdy: string | undefined;
  let ambiguous: string | undefined;
  for (const v of values) {
    const parts = slashedParts(v);
    if (!parts) continue;
    const [a, b] = parts;
    if (a > 12 && b <= 12) dmy ??= v as string;
    else if (b > 12 && a <= 12) mdy ??= v as string;
    else if (a <= 12 && b <= 12) ambiguous ??= v as string;
  }
  if (dmy && mdy) return { conflict: [dmy, mdy], ambiguous };
  if (dmy) return { order: 'dmy', reason: { kind: 'date', example: dmy }, ambiguous };
  if (mdy) return { order: 'mdy', reason: { kind: 'date', example: mdy }, ambiguous };
  if (ambiguous && hint.dayFirstLocale) return { order: 'dmy', reason: { kind: 'locale' }, ambiguous };
  return { ambiguous };
}
