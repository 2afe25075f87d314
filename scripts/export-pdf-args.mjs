// The print handout's flags for `npm run export -- --format pdf` (issue #25): paper, scale, moment, booklet.

export const PDF_USAGE = `A print handout (--format pdf): the map on paper with its title, moment, legend, scale, north arrow,
degree ticks, credits and sources, as selectable text around it.
  --paper P                a4 | a3 | letter (default a4)
  --orientation O          landscape | portrait (default landscape)
  --margin MM              margins in mm on every side (default 10)
  --scale N                the map at a true 1:N at its centre latitude, e.g. 500000 (default: fitted)
  --ppi N                  map raster resolution on paper, 200–600 (default 300)
  --time T | --chapter C   the moment: T, or the chapter's end framed by its camera (default: the scenario's opening moment)
  --booklet                a title page, one page per chapter, the legend and the source list`;

export const PDF_VALUE_FLAGS = ['paper', 'orientation', 'margin', 'scale', 'ppi'];
export const PDF_BOOLEAN_FLAGS = ['booklet'];

/** Rejects the handout's flags on other formats. */
export function pdfFlagsOnly(raw, format, fail) {
  if (format === 'pdf') return;
  for (const f of [...PDF_VALUE_FLAGS, ...PDF_BOOLEAN_FLAGS])
    if (raw[f] !== undefined) fail(`--${f} applies to a pdf handout only`);
}

function number(raw, flag, min, max, fail) {
  const value = raw[flag];
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max)
    fail(`--${flag} must be a number from ${min} to ${max} (got "${value}")`);
  return n;
}

/** The handout's request from the raw flags; `time` parses --time as the other formats do. */
export function parsePdfArgs(raw, common, time, fail) {
  for (const f of [
    'from',
    'to',
    'fps',
    'duration',
    'frames',
    'bitrate',
    'camera',
    'size',
    'pixel-ratio',
    'legend',
  ])
    if (raw[f] !== undefined) fail(`--${f} does not apply to a pdf handout`);
  if (raw.paper !== undefined && !['a4', 'a3', 'letter'].includes(raw.paper))
    fail(`--paper must be a4, a3 or letter (got "${raw.paper}")`);
  if (raw.orientation !== undefined && !['landscape', 'portrait'].includes(raw.orientation))
    fail(`--orientation must be landscape or portrait (got "${raw.orientation}")`);
  if (raw.booklet && (raw.time !== undefined || raw.chapter !== undefined))
    fail('--booklet has a page per chapter: leave out --time and --chapter');
  if (raw.time !== undefined && raw.chapter !== undefined) fail('Give either --time or --chapter, not both');
  return {
    ...common,
    paper: raw.paper ?? 'a4',
    orientation: raw.orientation ?? 'landscape',
    margin: raw.margin === undefined ? 10 : number(raw, 'margin', 0, 50, fail),
    scale: raw.scale === undefined ? undefined : number(raw, 'scale', 1000, 50_000_000, fail),
    ppi: raw.ppi === undefined ? 300 : number(raw, 'ppi', 200, 600, fail),
    booklet: raw.booklet === true,
    time: raw.time === undefined ? undefined : time('time', raw.time),
    chapter: raw.chapter,
  };
}
