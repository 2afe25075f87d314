/** An interval of epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

const DAY = 86_400_000;
const RAD = Math.PI / 180;
const J2000 = 2451545;
const UNIX_EPOCH_JD = 2440587.5;

/**
 * Sunrise and sunset (epoch ms, UTC) of the solar day that includes `dayMs`, at lat/lon in degrees (east
 * positive): the NOAA/Wikipedia "sunrise equation", good to a minute or two at low latitudes, which is what
 * shading a timeline needs. Undefined in polar day or night.
 */
export function sunTimes(dayMs: number, lat: number, lon: number): { rise: number; set: number } | undefined {
  const jd = dayMs / DAY + UNIX_EPOCH_JD;
  const n = Math.round(jd - J2000 - 0.0008 + lon / 360);
  const jStar = n - lon / 360;
  const m = (357.5291 + 0.98560028 * jStar) % 360;
  const c = 1.9148 * Math.sin(m * RAD) + 0.02 * Math.sin(2 * m * RAD) + 0.0003 * Math.sin(3 * m * RAD);
  const lambda = (m + c + 180 + 102.9372) % 360;
  const transit = J2000 + jStar + 0.0053 * Math.sin(m * RAD) - 0.0069 * Math.sin(2 * lambda * RAD);
  const sinDec = Math.sin(lambda * RAD) * Math.sin(23.4397 * RAD);
  const cosDec = Math.cos(Math.asin(sinDec));
  // -0.833°: the sun's radius and atmospheric refraction, as almanacs define sunrise.
  const cosOmega = (Math.sin(-0.833 * RAD) - Math.sin(lat * RAD) * sinDec) / (Math.cos(lat * RAD) * cosDec);
  if (cosOmega < -1 || cosOmega > 1) return undefined;
  const half = Math.acos(cosOmega) / RAD / 360;
  const toMs = (j: number) => Math.round((j - UNIX_EPOCH_JD) * DAY);
  return { rise: toMs(transit - half), set: toMs(transit + half) };
}

/** Nights (sunset to next sunrise) overlapping [start, end], clipped to it. */
export function nightIntervals(start: number, end: number, lat: number, lon: number): Interval[] {
  const out: Interval[] = [];
  for (let day = Math.floor(start / DAY) * DAY - DAY; day <= end; day += DAY) {
    const today = sunTimes(day + DAY / 2, lat, lon);
    const tomorrow = sunTimes(day + DAY + DAY / 2, lat, lon);
    if (!today || !tomorrow) continue;
    const a = Math.max(start, today.set);
    const b = Math.min(end, tomorrow.rise);
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}
