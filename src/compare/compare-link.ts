/** As the address writes t: "2023-11-13T14:00Z" on the minute, seconds and milliseconds only when there. */
function formatInstant(t: number): string {
  const iso = new Date(t).toISOString();
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, 16)}Z`;
  if (iso.endsWith('.000Z')) return `${iso.slice(0, 19)}Z`;
  return iso;
}

export type CompareMode = 'split' | 'swipe';

/** The second moment beside the map's own: its time and how the two are shown. */
export interface CompareSpec {
  t: number;
  mode: CompareMode;
}

/** `compare=2023-11-12T12:00Z&compareMode=swipe`: the address's part for a comparison ('' for none). */
export function formatCompare(spec: CompareSpec | null | undefined): string {
  if (!spec || !Number.isFinite(spec.t)) return '';
  return `compare=${formatInstant(spec.t)}&compareMode=${spec.mode}`;
}

/** The comparison an address holds; a mode it does not know is split, a time it cannot read no comparison. */
export function parseCompare(params: URLSearchParams): CompareSpec | undefined {
  const t = Date.parse(params.get('compare') ?? '');
  if (!Number.isFinite(t)) return undefined;
  return { t, mode: params.get('compareMode') === 'swipe' ? 'swipe' : 'split' };
}

/** What scripts pass to `setCompare`: a time as epoch ms or ISO 8601, a mode; checked, with a clear error. */
export function compareSpecOf(input: { t: number | string; mode?: string }): CompareSpec {
  const t = typeof input.t === 'number' ? input.t : Date.parse(input.t);
  if (!Number.isFinite(t)) throw new Error(`setCompare: t ${JSON.stringify(input.t)} is not a time`);
  const mode = input.mode ?? 'split';
  if (mode !== 'split' && mode !== 'swipe')
    throw new Error(`setCompare: mode ${JSON.stringify(mode)} is not "split" or "swipe"`);
  return { t, mode };
}
