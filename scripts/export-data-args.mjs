// `npm run export -- --format kml|kmz|geojson|orbat-mapper|csv --out FILE`: the scenario's data for another
// tool (issue #22). No range, size or camera: the whole scenario, in its own times and coordinates.

export const DATA_FORMATS = ['kml', 'kmz', 'geojson', 'orbat-mapper', 'csv'];
/** The file extension each data format is written with. */
export const DATA_EXTENSIONS = {
  kml: 'kml',
  kmz: 'kmz',
  geojson: 'geojson',
  'orbat-mapper': 'json',
  csv: 'csv',
};

export const DATA_USAGE = `Data for other tools (no range, size or camera; the whole scenario):
  --format kml|kmz|geojson|orbat-mapper|csv  --out FILE (.kml .kmz .geojson .json .csv)  [--lang en|fr]`;

/** The data format `--format` or the --out extension names, or undefined for a picture or video export. */
export function dataFormatOf(format, ext) {
  if (format !== undefined) return DATA_FORMATS.includes(format) ? format : undefined;
  return DATA_FORMATS.find((f) => DATA_EXTENSIONS[f] === ext);
}

/** Checks a data export's flags; `fail` throws the CLI's argument error. */
export function parseDataArgs(raw, format, ext, fail) {
  if (ext !== DATA_EXTENSIONS[format])
    fail(`--out "${raw.out}" does not end in .${DATA_EXTENSIONS[format]}, the format being written`);
  for (const f of Object.keys(raw))
    if (!['out', 'format', 'lang'].includes(f))
      fail(`--${f} does not apply to a data export (${format}): it writes the whole scenario`);
  if (raw.lang !== undefined && !['en', 'fr'].includes(raw.lang))
    fail(`--lang must be en or fr (got "${raw.lang}")`);
  return { out: raw.out, format, dataFormat: format, lang: raw.lang };
}
