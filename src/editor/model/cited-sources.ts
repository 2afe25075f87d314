/** Every source id the features cite: in `sources`, casualty figures and claims. Such a source cannot go. */
export function citedSources(features: readonly Record<string, unknown>[]): Set<string> {
  const out = new Set<string>();
  const add = (ids: unknown) => {
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') out.add(id);
  };
  for (const p of features) {
    add(p.sources);
    for (const list of [p.casualties, p.claims])
      if (Array.isArray(list)) for (const item of list) add((item as { sources?: unknown } | null)?.sources);
  }
  return out;
}
