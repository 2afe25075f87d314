// Contour rings of a grid (marching squares) and their simplification, for outlines drawn from the relief.

/** @typedef {[number, number]} Point */

/**
 * Closed rings where the grid crosses `threshold`, in grid coordinates (x = column, y = row, at cell centres).
 * Cells beyond the edge count as below the threshold, so every ring closes. Rings run counter-clockwise
 * around higher ground when y grows downwards on screen.
 * @param {ArrayLike<number>} values row-major
 * @param {number} width
 * @param {number} height
 * @param {number} threshold
 * @returns {Point[][]} each ring closed (first point repeated last)
 */
export function contourRings(values, width, height, threshold) {
  // A value exactly on the threshold is nudged up, so no crossing falls on a corner shared by two edges.
  const at = (/** @type {number} */ x, /** @type {number} */ y) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return -Infinity;
    const v = /** @type {number} */ (values[y * width + x]);
    return v === threshold ? threshold + 1e-9 : v;
  };
  /** Where the edge between two corners crosses the threshold. */
  const cross = (
    /** @type {number} */ x0,
    /** @type {number} */ y0,
    /** @type {number} */ x1,
    /** @type {number} */ y1,
  ) => {
    const a = at(x0, y0);
    const b = at(x1, y1);
    const t = a === -Infinity ? 1 : b === -Infinity ? 0 : (threshold - a) / (b - a);
    const u = Math.min(1, Math.max(0, t));
    return /** @type {Point} */ ([x0 + (x1 - x0) * u, y0 + (y1 - y0) * u]);
  };
  /** Segments keyed by their start, each going with higher ground on the left. */
  /** @type {Map<string, { from: Point; to: Point }[]>} */
  const segments = new Map();
  // Exact keys: the two cells that share an edge compute its crossing from the same corners, bit for bit.
  const key = (/** @type {Point} */ p) => `${p[0]},${p[1]}`;
  const add = (/** @type {Point} */ from, /** @type {Point} */ to) => {
    // At a grid corner both crossings fall on the last cell inside: nothing to draw there.
    if (key(from) === key(to)) return;
    const list = segments.get(key(from)) ?? [];
    list.push({ from, to });
    segments.set(key(from), list);
  };
  for (let y = -1; y < height; y++) {
    for (let x = -1; x < width; x++) {
      // Corners: a top-left, b top-right, c bottom-right, d bottom-left.
      const a = at(x, y) >= threshold ? 8 : 0;
      const b = at(x + 1, y) >= threshold ? 4 : 0;
      const c = at(x + 1, y + 1) >= threshold ? 2 : 0;
      const d = at(x, y + 1) >= threshold ? 1 : 0;
      const code = a | b | c | d;
      if (code === 0 || code === 15) continue;
      const top = () => cross(x, y, x + 1, y);
      const right = () => cross(x + 1, y, x + 1, y + 1);
      const bottom = () => cross(x, y + 1, x + 1, y + 1);
      const left = () => cross(x, y, x, y + 1);
      const centreHigh = (at(x, y) + at(x + 1, y) + at(x + 1, y + 1) + at(x, y + 1)) / 4 >= threshold;
      switch (code) {
        case 1:
          add(bottom(), left());
          break;
        case 2:
          add(right(), bottom());
          break;
        case 3:
          add(right(), left());
          break;
        case 4:
          add(top(), right());
          break;
        case 5:
          if (centreHigh) {
            add(top(), left());
            add(bottom(), right());
          } else {
            add(top(), right());
            add(bottom(), left());
          }
          break;
        case 6:
          add(top(), bottom());
          break;
        case 7:
          add(top(), left());
          break;
        case 8:
          add(left(), top());
          break;
        case 9:
          add(bottom(), top());
          break;
        case 10:
          if (centreHigh) {
            add(left(), bottom());
            add(right(), top());
          } else {
            add(left(), top());
            add(right(), bottom());
          }
          break;
        case 11:
          add(right(), top());
          break;
        case 12:
          add(left(), right());
          break;
        case 13:
          add(bottom(), right());
          break;
        case 14:
          add(left(), bottom());
          break;
      }
    }
  }
  /** @type {Point[][]} */
  const rings = [];
  for (const [startKey, list] of segments) {
    while (list.length > 0) {
      const first = /** @type {{ from: Point; to: Point }} */ (list.pop());
      const ring = [first.from, first.to];
      let end = first.to;
      while (key(end) !== startKey) {
        const next = segments.get(key(end))?.pop();
        if (!next) throw new Error(`contour ring broken at ${key(end)}`);
        ring.push(next.to);
        end = next.to;
      }
      rings.push(ring);
    }
  }
  return rings;
}

/**
 * Twice the signed area of a closed ring (shoelace).
 * @param {Point[]} ring
 */
export function ringArea2(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = /** @type {Point} */ (ring[i - 1]);
    const b = /** @type {Point} */ (ring[i]);
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/**
 * @param {Point} p
 * @param {Point} a
 * @param {Point} b
 */
function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas–Peucker on an open polyline.
 * @param {Point[]} line
 * @param {number} tolerance
 * @returns {Point[]}
 */
export function simplifyLine(line, tolerance) {
  if (line.length <= 2) return line.slice();
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  /** @type {[number, number][]} */
  const stack = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [i, j] = /** @type {[number, number]} */ (stack.pop());
    let worst = -1;
    let worstDistance = tolerance;
    for (let k = i + 1; k < j; k++) {
      const d = segmentDistance(
        /** @type {Point} */ (line[k]),
        /** @type {Point} */ (line[i]),
        /** @type {Point} */ (line[j]),
      );
      if (d > worstDistance) {
        worst = k;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([i, worst], [worst, j]);
    }
  }
  return line.filter((_, k) => keep[k]);
}

/**
 * Simplifies a closed ring, split at its two farthest-apart points so neither half degenerates.
 * @param {Point[]} ring closed
 * @param {number} tolerance
 * @returns {Point[]} closed
 */
export function simplifyRing(ring, tolerance) {
  const open = ring.slice(0, -1);
  if (open.length < 4) return ring.slice();
  const first = /** @type {Point} */ (open[0]);
  let far = 0;
  let farDistance = -1;
  open.forEach((p, k) => {
    const d = Math.hypot(p[0] - first[0], p[1] - first[1]);
    if (d > farDistance) {
      far = k;
      farDistance = d;
    }
  });
  const a = simplifyLine(open.slice(0, far + 1), tolerance);
  const b = simplifyLine([...open.slice(far), first], tolerance);
  return [...a, ...b.slice(1)];
}
