import { describeValue, expected, type LoadError } from '../scenario/load-error';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** True when `value` is usable as a scenario id (side, source, feature). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_RE.test(value);
}

/**
 * Decodes a file as UTF-8 (a BOM is dropped). Invalid UTF-8 is an error rather than replacement characters,
 * so a binary file named `.geojson` is reported as such instead of as a confusing JSON error.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { error: LoadError } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      error: {
        file,
        field: '',
        value: describeValue(`${bytes.length} bytes starting ${hexStart(bytes)}`),
        ...expected(
          'UTF-8 text (re-save the file as UTF-8)',
          'du texte UTF-8 (réenregistrez le fichier en UTF-8)',
          describeValue(`${bytes.length} octets commençant par ${hexStart(bytes)}`),
        ),
      },
    };
  }
}

function hexStart(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** `kidal/events.geojson` → `events.geojson`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `kidal/events.geojson` → `events`. */
export function stem(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Lower-case extension without the dot, `''` when none. */
export function extension(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** A readable id from free text: `Military Forces of Mali (2021-)` → `military-forces-of-mali-2021`. */
export function slugify(text: string, fallback = 'x'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Makes ids unique by suffixing `-2`, `-3`, … and remembers every id handed out. */
export class IdPool {
  private readonly taken = new Set<string>();

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** Marks an id the data already uses, so generated ones avoid it (duplicates in the data stay, and are reported). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    return id;
  }
}

const UNITS = { en: ['MB', 'kB', 'bytes', '.'], fr: ['Mo', 'ko', 'octets', ','] } as const;

/** `1234567` → `1.2 MB` (`1,2 Mo` in French): sizes in limit messages. */
export function formatBytes(bytes: number, lang: 'en' | 'fr' = 'en'): string {
  const [mb, kb, b, point] = UNITS[lang];
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1).replace('.', point)} ${mb}`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1).replace('.', point)} ${kb}`;
  return `${bytes} ${b}`;
}
