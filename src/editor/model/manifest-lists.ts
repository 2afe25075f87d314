import type { LocalizedText } from '../../model/schema';

// The manifest's lists as the panels read them, tolerant of a draft that is not valid yet.

export interface SideLike {
  id: string;
  name: LocalizedText;
  color: string;
  shortName?: LocalizedText;
  description?: LocalizedText;
}

export interface SourceLike {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url?: string;
}

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v) => v && typeof v === 'object' && typeof v.id === 'string') : [];

export const manifestSides = (m: Record<string, unknown>): SideLike[] =>
  list(m.sides) as unknown as SideLike[];

export const manifestSources = (m: Record<string, unknown>): SourceLike[] =>
  list(m.sources) as unknown as SourceLike[];

/** An id made from text, for the schema's id pattern: "Bataille d’Anéfis" → "bataille-d-anefis". */
export function slugOf(text: string, fallback: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** An id not in `used`, made from the text: "rfi-2023-11-14", then "rfi-2023-11-14-2". */
export function freshId(text: string, used: Iterable<string>, fallback = 'item'): string {
  const taken = new Set(used);
  const base = slugOf(text, fallback, 40);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
