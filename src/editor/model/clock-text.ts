// The editor's date-times as the reader writes them: day/month/year and a 24-hour clock, no seconds, in
// English (British usage, the app's English locale) as in French. Native datetime-local inputs follow the
// browser's own locale instead, so an English browser showed seconds and AM/PM in a French app.

const pad = (n: number) => String(n).padStart(2, '0');

/** "2023-11-13T14:05(:30)" (a datetime-local value, scenario-local) → "13/11/2023 14:05". */
export function clockText(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : '';
}

/**
 * What the reader typed → a datetime-local value ("2023-11-13T14:05"), or undefined when it is no date-time.
 * Takes "13/11/2023 14:05", "13/11/2023 14h05", "13.11.2023 9:05", a bare date (midnight) and ISO
 * "2023-11-13 14:05" (pasted from a file).
 */
export function parseClockText(text: string): string | undefined {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T]+(\d{1,2})(?:[:hH.](\d{2}))?)?$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2})(?:[:hH.](\d{2}))?)?$/.exec(t);
  const parts = dmy
    ? { y: dmy[3], mo: dmy[2], d: dmy[1], h: dmy[4], mi: dmy[5] }
    : iso
      ? { y: iso[1], mo: iso[2], d: iso[3], h: iso[4], mi: iso[5] }
      : undefined;
  if (!parts) return undefined;
  const [y, mo, d, h, mi] = [parts.y, parts.mo, parts.d, parts.h ?? '0', parts.mi ?? '0'].map(
    Number,
  ) as number[];
  if (mo! < 1 || mo! > 12 || h! > 23 || mi! > 59) return undefined;
  // The day must exist in that month (no 31/02).
  if (d! < 1 || d! > new Date(Date.UTC(y!, mo!, 0)).getUTCDate()) return undefined;
  return `${String(y).padStart(4, '0')}-${pad(mo!)}-${pad(d!)}T${pad(h!)}:${pad(mi!)}`;
}
