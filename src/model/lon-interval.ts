/** `lon` moved by whole turns to within 180° of `centre`. */
export const near = (lon: number, centre: number): number => lon - 360 * Math.round((lon - centre) / 360);

/**
 * The shortest interval of longitude holding all of `lons`, [lo, hi] with hi − lo < 360: hi passes 180 when
 * the interval crosses the antimeridian (Fiji, the Bering Strait), so it is one interval, not the whole world.
 */
export function lonInterval(lons: readonly number[]): [number, number] {
  const sorted = [...new Set(lons.map((l) => near(l, 0)))].sort((a, b) => a - b);
  if (!sorted.length) return [0, 0];
  // The widest gap between neighbours (round the back too) is where the interval is not.
  let gap = sorted[0]! + 360 - sorted[sorted.length - 1]!;
  let start = 0;
  for (let i = 1; i < sorted.length; i++) {
    const g = sorted[i]! - sorted[i - 1]!;
    if (g > gap) [gap, start] = [g, i];
  }
  const lo = sorted[start]!;
  const hi = start === 0 ? sorted[sorted.length - 1]! : sorted[start - 1]! + 360;
  return [lo, hi];
}
