import { mulberry32 } from './synthetic-scenario';

/**
 * A road network as an OpenStreetMap export writes it: LineStrings without times, each with a handful of
 * tags and an id Sandtable cannot use as is ("way/…"). Seeded, so every run imports the same bytes; sized
 * by `maxBytes` (the per-file limit is 50 MB) and kept under the 2,000,000-vertex import limit.
 */
export function roadNetworkGeojson(options: { maxBytes: number; vertices: number; seed: number }): string {
  const rand = mulberry32(options.seed);
  const parts = ['{"type":"FeatureCollection","features":[\n'];
  let bytes = parts[0]!.length;
  let total = 0;
  for (let i = 0; ; i++) {
    let lon = -2 + rand() * 7;
    let lat = 15 + rand() * 6;
    const coords: string[] = [];
    for (let v = 0; v < options.vertices; v++) {
      lon += (rand() - 0.5) * 0.01;
      lat += (rand() - 0.5) * 0.01;
      coords.push(`[${lon.toFixed(6)},${lat.toFixed(6)}]`);
    }
    const highway = ['track', 'unclassified', 'secondary', 'primary'][Math.floor(rand() * 4)];
    const feature =
      `${i ? ',\n' : ''}{"type":"Feature","id":"way/${4_700_000 + i}","properties":{"@id":"way/${4_700_000 + i}",` +
      `"highway":"${highway}","surface":"unpaved","tracktype":"grade3","smoothness":"bad","source":"Bing imagery",` +
      `"lanes":"1","maxspeed":"60","oneway":"no","layer":"0","name":"Piste ${i}","note":null},` +
      `"geometry":{"type":"LineString","coordinates":[${coords.join(',')}]}}`;
    if (bytes + feature.length + 4 > options.maxBytes || total + options.vertices > 2_000_000) break;
    parts.push(feature);
    bytes += feature.length;
    total += options.vertices;
  }
  parts.push('\n]}\n');
  return parts.join('');
}
