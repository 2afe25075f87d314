/** Start of the generated log: the morning of 10 November 2023, Kidal time (UTC). */
export const LONG_GPX_T0 = Date.parse('2023-11-10T06:00:00Z');

/**
 * A GPS log of `n` fixes a second apart, wandering north-east from Anefis: the shape of a long recording,
 * made here because a 20 MB file has no place in the repository. Deterministic for a given `n`.
 */
export function longGpx(n: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Sandtable tests" xmlns="http://www.topografix.com/GPX/1/1">\n<trk><name>Long patrol</name><trkseg>\n',
  ];
  for (let i = 0; i < n; i++) {
    const lat = 17.95 + i * 2e-6 + Math.sin(i / 400) * 2e-3;
    const lon = 0.52 + i * 4e-6 + Math.cos(i / 650) * 2e-3;
    const time = new Date(LONG_GPX_T0 + i * 1000).toISOString().replace('.000Z', 'Z');
    parts.push(
      `<trkpt lat="${lat.toFixed(6)}" lon="${lon.toFixed(6)}"><ele>${(420 + 10 * Math.sin(i / 90)).toFixed(1)}</ele><time>${time}</time></trkpt>\n`,
    );
  }
  parts.push('</trkseg></trk>\n</gpx>\n');
  return parts.join('');
}
