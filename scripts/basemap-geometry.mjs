// Pure geometry helpers for scripts/build-basemap.mjs, kept apart so they can be unit-tested without
// loading the 17 MB GeoNames file or the world topologies.

/** @typedef {[number, number]} Position */
/** @typedef {Position[]} Ring */
/** @typedef {Ring[]} Polygon */
/** @typedef {{ west: number; south: number; east: number; north: number }} Bbox */

/**
 * Inset window: places Kidal within Mali and West Africa, with margin so a framed inset never shows
 * the cut edge as a false coastline. Mirrored by BASEMAP_BOUNDS in src/map/basemap-style.ts (a test
 * holds them equal).
 * @type {Bbox}
 */
export const INSET = { west: -26, south: -2, east: 26, north: 37.5 };
/**
 * Campaign window: the Kidal region and the Niger bend towns that feed it.
 * @type {Bbox}
 */
export const REGION = { west: -2, south: 15.5, east: 4.5, north: 21.5 };

/**
 * @param {number} value
 * @param {number} decimals
 */
export function roundTo(value, decimals) {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // -0 would serialise as 0 anyway, but normalising keeps equality checks in tests honest.
  return rounded === 0 ? 0 : rounded;
}

/**
 * @param {Position} p
 * @param {Bbox} bbox
 */
export function pointInBbox(p, bbox) {
  return p[0] >= bbox.west && p[0] <= bbox.east && p[1] >= bbox.south && p[1] <= bbox.north;
}

/**
 * @param {Bbox} a
 * @param {Bbox} b
 */
export function bboxesIntersect(a, b) {
  return a.west <= b.east && a.east >= b.west && a.south <= b.north && a.north >= b.south;
}

/**
 * Bounding box of any nesting of positions (ring, polygon, multipolygon, lines).
 * @param {unknown} coordinates
 * @returns {Bbox}
 */
export function coordinatesBbox(coordinates) {
  const bbox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  /** @param {unknown} c */
  const visit = (c) => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      bbox.west = Math.min(bbox.west, c[0]);
      bbox.east = Math.max(bbox.east, c[0]);
      bbox.south = Math.min(bbox.south, c[1]);
      bbox.north = Math.max(bbox.north, c[1]);
      return;
    }
    for (const child of c) visit(child);
  };
  visit(coordinates);
  return bbox;
}

/** @typedef {{ inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position }} ClipEdge */

/**
 * @param {Bbox} bbox
 * @returns {ClipEdge[]}
 */
function clipEdges(bbox) {
  /** @type {(a: Position, b: Position, x: number) => Position} */
  const atX = (a, b, x) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  /** @type {(a: Position, b: Position, y: number) => Position} */
  const atY = (a, b, y) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= bbox.west, cross: (a, b) => atX(a, b, bbox.west) },
    { inside: (p) => p[0] <= bbox.east, cross: (a, b) => atX(a, b, bbox.east) },
    { inside: (p) => p[1] >= bbox.south, cross: (a, b) => atY(a, b, bbox.south) },
    { inside: (p) => p[1] <= bbox.north, cross: (a, b) => atY(a, b, bbox.north) },
  ];
}

/**
 * Sutherland–Hodgman clip of one closed ring against a rectangle. Concave rings can come back with
 * zero-width spurs along the rectangle's edge; that is harmless for fills, which is all these feed.
 * @param {Ring} ring closed ring (first position repeated last)
 * @param {Bbox} bbox
 * @returns {Ring} closed ring, or [] when nothing is left
 */
export function clipRing(ring, bbox) {
  /** @type {Position[]} */
  let output = ring.slice(0, -1);
  for (const edge of clipEdges(bbox)) {
    const input = output;
    output = [];
    const last = input[input.length - 1];
    if (!last) break;
    let prev = last;
    for (const current of input) {
      if (edge.inside(current)) {
        if (!edge.inside(prev)) output.push(edge.cross(prev, current));
        output.push(current);
      } else if (edge.inside(prev)) {
        output.push(edge.cross(prev, current));
      }
      prev = current;
    }
  }
  const first = output[0];
  if (!first || output.length < 3) return [];
  return [...output, [first[0], first[1]]];
}

/**
 * Twice the signed area (shoelace); zero for degenerate rings.
 * @param {Ring} ring
 */
export function ringArea2(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = /** @type {Position} */ (ring[i - 1]);
    const b = /** @type {Position} */ (ring[i]);
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/**
 * Rounds positions and drops the consecutive duplicates that rounding creates.
 * @param {Position[]} positions
 * @param {number} decimals
 * @returns {Position[]}
 */
export function roundPositions(positions, decimals) {
  /** @type {Position[]} */
  const out = [];
  for (const p of positions) {
    /** @type {Position} */
    const q = [roundTo(p[0], decimals), roundTo(p[1], decimals)];
    const prev = out[out.length - 1];
    if (prev && prev[0] === q[0] && prev[1] === q[1]) continue;
    out.push(q);
  }
  return out;
}

/**
 * Clips and rounds polygons; a polygon whose outer ring vanishes is dropped with its holes.
 * @param {Polygon[]} polygons
 * @param {Bbox} bbox
 * @param {number} decimals
 * @returns {Polygon[]}
 */
export function clipPolygons(polygons, bbox, decimals) {
  /** @type {Polygon[]} */
  const out = [];
  for (const polygon of polygons) {
    /** @type {Polygon} */
    const rings = [];
    for (const [index, ring] of polygon.entries()) {
      const clipped = roundPositions(clipRing(ring, bbox), decimals);
      const usable = clipped.length >= 4 && ringArea2(clipped) !== 0;
      if (index === 0 && !usable) break;
      if (usable) rings.push(clipped);
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

/**
 * Liang–Barsky clip of a polyline; a line leaving and re-entering the box becomes several lines.
 * @param {Position[]} line
 * @param {Bbox} bbox
 * @param {number} decimals
 * @returns {Position[][]}
 */
export function clipLine(line, bbox, decimals) {
  /** @type {Position[][]} */
  const lines = [];
  /** @type {Position[]} */
  let current = [];
  for (let i = 1; i < line.length; i++) {
    const a = /** @type {Position} */ (line[i - 1]);
    const b = /** @type {Position} */ (line[i]);
    const segment = clipSegment(a, b, bbox);
    if (!segment) {
      if (current.length > 0) lines.push(current);
      current = [];
      continue;
    }
    const [from, to] = segment;
    const prev = current[current.length - 1];
    if (!prev || prev[0] !== from[0] || prev[1] !== from[1]) {
      if (current.length > 0) lines.push(current);
      current = [from];
    }
    current.push(to);
    // Exiting the box mid-segment ends this piece even if the next segment starts on the edge.
    if (to[0] !== b[0] || to[1] !== b[1]) {
      lines.push(current);
      current = [];
    }
  }
  if (current.length > 0) lines.push(current);
  return lines.map((l) => roundPositions(l, decimals)).filter((l) => l.length >= 2);
}

/**
 * @param {Position} a
 * @param {Position} b
 * @param {Bbox} bbox
 * @returns {[Position, Position] | null}
 */
function clipSegment(a, b, bbox) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  /** @type {[number, number][]} */
  const checks = [
    [-dx, a[0] - bbox.west],
    [dx, bbox.east - a[0]],
    [-dy, a[1] - bbox.south],
    [dy, bbox.north - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  /** @type {(t: number) => Position} */
  const at = (t) => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/**
 * Lower-case ASCII letters only, so that "Abeïbara", "Abeibara" and "Abéïbara" compare equal.
 * @param {string} name
 */
export function nameKey(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * One feature per line: small enough to stay compact, and diffs stay readable when the build is rerun.
 * @param {unknown[]} features
 */
export function featureCollectionText(features) {
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * Distance from p to the nearest edge of the polygon, negative outside it.
 * @param {Position} p
 * @param {Polygon} polygon
 */
function signedEdgeDistance(p, polygon) {
  let inside = false;
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const a = /** @type {Position} */ (ring[i - 1]);
      const b = /** @type {Position} */ (ring[i]);
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) {
        inside = !inside;
      }
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
      best = Math.min(best, Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy)));
    }
  }
  return inside ? best : -best;
}

/**
 * A point well inside the largest polygon, for one country label. A symbol layer on the polygons
 * themselves would repeat the label in every GeoJSON tile the country spans.
 * Grid search refined twice around the best cell: a cheap stand-in for polylabel.
 * @param {Polygon[]} polygons
 * @param {number} decimals
 * @returns {Position | null}
 */
export function labelPoint(polygons, decimals) {
  let largest = /** @type {Polygon | null} */ (null);
  let largestArea = 0;
  for (const polygon of polygons) {
    const area = Math.abs(ringArea2(polygon[0] ?? []));
    if (area > largestArea) {
      largest = polygon;
      largestArea = area;
    }
  }
  if (!largest) return null;
  const polygon = largest;
  let box = coordinatesBbox(polygon[0]);
  /** @type {Position | null} */
  let best = null;
  let bestDistance = -Infinity;
  const steps = 24;
  for (let round = 0; round < 3; round++) {
    const w = (box.east - box.west) / steps;
    const h = (box.north - box.south) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        /** @type {Position} */
        const p = [box.west + i * w, box.south + j * h];
        const d = signedEdgeDistance(p, polygon);
        if (d > bestDistance) {
          best = p;
          bestDistance = d;
        }
      }
    }
    if (!best) return null;
    box = { west: best[0] - 2 * w, east: best[0] + 2 * w, south: best[1] - 2 * h, north: best[1] + 2 * h };
  }
  return best && bestDistance > 0 ? [roundTo(best[0], decimals), roundTo(best[1], decimals)] : null;
}
