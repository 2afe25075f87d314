import type { Camera } from '../model/camera';
// Compare (issue #24): the second moment rides along in the same address.
import { formatCompare, parseCompare, type CompareSpec } from '../compare/compare-link';

/** The moment a link points at: `#t=2023-11-13T14:00Z&chapter=…&view=lon,lat,zoom,bearing,pitch`. */
export interface DeepLink {
  t?: number;
  chapter?: string;
  view?: Camera;
  /** A second moment shown beside t (`&compare=…&compareMode=split|swipe`). */
  compare?: CompareSpec;
}

/** "2023-11-13T14:00Z" when on the minute; seconds and milliseconds only when t has them. */
export function formatInstant(t: number): string {
  const iso = new Date(t).toISOString();
  if (iso.endsWith(':00.000Z')) return `${iso.slice(0, 16)}Z`;
  if (iso.endsWith('.000Z')) return `${iso.slice(0, 19)}Z`;
  return iso;
}

// Five decimals of a degree is about a metre; four of zoom is well under a pixel at any screen size.
const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function formatHash(link: DeepLink): string {
  const parts: string[] = [];
  if (link.t !== undefined && Number.isFinite(link.t)) parts.push(`t=${formatInstant(link.t)}`);
  if (link.chapter) parts.push(`chapter=${encodeURIComponent(link.chapter)}`);
  if (link.view) {
    const v = link.view;
    const nums = [
      round(v.center[0], 5),
      round(v.center[1], 5),
      round(v.zoom, 4),
      round(v.bearing, 2),
      round(v.pitch, 2),
    ];
    parts.push(`view=${nums.join(',')}`);
  }
  const compare = formatCompare(link.compare);
  if (compare) parts.push(compare);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Reads a hash; a part that does not parse is left out, so a mangled link still opens what it can. */
export function parseHash(hash: string): DeepLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const link: DeepLink = {};
  const t = Date.parse(params.get('t') ?? '');
  if (Number.isFinite(t)) link.t = t;
  const chapter = params.get('chapter');
  if (chapter) link.chapter = chapter;
  const nums = (params.get('view') ?? '').split(',').map(Number);
  const [lon, lat, zoom, bearing = 0, pitch = 0] = nums;
  if (
    nums.length >= 3 &&
    nums.every(Number.isFinite) &&
    Math.abs(lon!) <= 180 &&
    Math.abs(lat!) <= 85 &&
    zoom! >= 0 &&
    zoom! <= 22 &&
    pitch >= 0 &&
    pitch <= 85
  )
    link.view = { center: [lon!, lat!], zoom: zoom!, bearing, pitch };
  const compare = parseCompare(params);
  if (compare) link.compare = compare;
  return link;
}
