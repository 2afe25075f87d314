// Strict argument parsing for `npm run export`: every mistake is a message, never a guess.
import { DATA_USAGE, dataFormatOf, parseDataArgs } from './export-data-args.mjs';
import { segmentArgs, segmentFormat } from './export-segment.mjs';
import {
  PDF_BOOLEAN_FLAGS,
  PDF_USAGE,
  PDF_VALUE_FLAGS,
  parsePdfArgs,
  pdfFlagsOnly,
} from './export-pdf-args.mjs';

export const USAGE = `Usage: npm run export -- [range] [options] --out FILE

A GIF (--format gif) is a sequence like a video (1–50 fps, default size 1280x720; a warning above 20 MB).
A deck (--format pptx) takes no range: a title slide, one slide per chapter with its still and a legend.
  --moment M               pptx: each chapter's still at its end (default), start or middle
  --clips D                pptx: also embed each chapter's clip as an MP4 of D (e.g. 8s), with --fps

Range (one of):
  --time T                 a single still at T (ISO 8601 or YYYY-MM-DD); format png
  --from T --to T          a time range (needs --duration or --frames)
  --chapter NAME           a chapter of the briefing, by id or title
  (none)                   the whole scenario

Options:
  --fps N                  frames per second, 1–120 (default 30)
  --duration D             video length: 20s, 1.5m, 90 (seconds)
  --frames N               number of frames (instead of --duration)
  --size WxH               output size in device px (default 1920x1080), e.g. 3840x2160
  --pixel-ratio R          device px per CSS px (default: 1 up to 1080p, proportionally more above)
  --format F               png | zip | mp4 | webm | gif | pptx | pdf (default: from the --out extension)
  --bitrate B              low | medium | high (video; default medium)
  --view LON,LAT,ZOOM[,BEARING[,PITCH]]   the camera (default: the scenario's; a chapter's own)
  --camera C               view | briefing: one camera for the whole sequence (default), or the briefing's
                           chapter cameras at each frame's time, flying between them as presenting does
  --theme T                projector | print
  --lang L                 en | fr
  --legend L               auto | full: as the layout chooses for the size (collapsed on small frames), or
                           the full legend, each entry explained in a sentence (where it fits)
  --captions               the chapter title and caption as a lower third (sequences, videos, GIFs;
                           with --camera briefing)
  --relief R               on | off: the built-in basemap's shaded relief (default on)
  --compare T              png: the still compares --time with this moment T (ISO 8601): both in one image
  --compare-mode M         split | swipe (default split; swipe cuts at the middle, T on the left)
  --basemap FILE.pmtiles   draw on this basemap archive instead of the built-in one (read locally)
  --out FILE               where to write (written to FILE.part, renamed when complete)
  --segment I/N            zip, mp4, webm: only segment I (from 0) of N, to join later with npm run export:join;
                           auto/N takes I from JOB_COMPLETION_INDEX; {i} in --out becomes I

${PDF_USAGE}

${DATA_USAGE}`;

const FORMATS = ['png', 'zip', 'mp4', 'webm', 'gif', 'pptx', 'pdf'];
const BOOLEAN_FLAGS = ['captions', ...PDF_BOOLEAN_FLAGS];
const VALUE_FLAGS = [
  'time',
  'from',
  'to',
  'chapter',
  'fps',
  'duration',
  'frames',
  'size',
  'pixel-ratio',
  'format',
  'bitrate',
  'view',
  'camera',
  'theme',
  'lang',
  'legend',
  'relief',
  'basemap',
  'out',
  'moment',
  'clips',
  'segment',
  ...PDF_VALUE_FLAGS,
  'compare',
  'compare-mode',
];

export class ArgsError extends Error {}

function parseTime(flag, value) {
  // A bare date is the start of that day in UTC, as the scenario's times are.
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) throw new ArgsError(`--${flag}: not a date or time: "${value}" (use ISO 8601)`);
  return t;
}

export function parseDuration(value) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|min)?$/.exec(value.trim());
  if (!m) throw new ArgsError(`--duration: not a duration: "${value}" (e.g. 20s, 1.5m, 90)`);
  const n = Number(m[1]);
  const seconds = m[2] === 'ms' ? n / 1000 : m[2] === 'm' || m[2] === 'min' ? n * 60 : n;
  if (!(seconds > 0)) throw new ArgsError(`--duration must be more than zero (got "${value}")`);
  return seconds;
}

function parseNumber(flag, value, { min, max, integer = false }) {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max)
    throw new ArgsError(
      `--${flag} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (got "${value}")`,
    );
  return n;
}

/** Parses argv (without node and the script) into an export request; throws ArgsError with the reason. */
export function parseExportArgs(argv, env = process.env) {
  const raw = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (!arg.startsWith('--')) throw new ArgsError(`Unexpected argument "${arg}" (flags start with --)`);
    let [name, value] = arg.slice(2).split(/=(.*)/s);
    if (BOOLEAN_FLAGS.includes(name)) {
      if (value !== undefined) throw new ArgsError(`--${name} takes no value (got "${value}")`);
      if (name in raw) throw new ArgsError(`--${name} given twice`);
      raw[name] = true;
      continue;
    }
    if (!VALUE_FLAGS.includes(name)) throw new ArgsError(`Unknown option --${name}`);
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new ArgsError(`--${name} needs a value`);
    }
    if (name in raw) throw new ArgsError(`--${name} given twice`);
    raw[name] = value;
  }
  if (!raw.out) throw new ArgsError('--out FILE is required');

  const ext = /\.([a-z0-9]+)$/i.exec(raw.out)?.[1]?.toLowerCase();
  const data = dataFormatOf(raw.format, ext);
  if (data)
    return parseDataArgs(raw, data, ext, (m) => {
      throw new ArgsError(m);
    });
  const format = raw.format ?? ext;
  if (!FORMATS.includes(format))
    throw new ArgsError(`--format must be one of ${FORMATS.join(', ')} (got "${format ?? ''}")`);
  if (ext !== format)
    throw new ArgsError(`--out "${raw.out}" does not end in .${format}, the format being written`);

  // A GIF is far heavier per pixel than a video: 720p by default keeps a briefing near the 20 MB guard.
  const sizeMatch = /^(\d+)x(\d+)$/.exec(raw.size ?? (format === 'gif' ? '1280x720' : '1920x1080'));
  if (!sizeMatch)
    throw new ArgsError(`--size must be WIDTHxHEIGHT in pixels, e.g. 1920x1080 (got "${raw.size}")`);
  const width = Number(sizeMatch[1]);
  const height = Number(sizeMatch[2]);
  if (width < 16 || height < 16 || width > 16384 || height > 16384)
    throw new ArgsError(`--size: each side must be from 16 to 16384 px (got ${width}x${height})`);
  const pixelRatio =
    raw['pixel-ratio'] === undefined
      ? undefined
      : parseNumber('pixel-ratio', raw['pixel-ratio'], { min: 0.25, max: 8 });

  let view;
  if (raw.view !== undefined) {
    const parts = raw.view.split(',').map(Number);
    if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n)))
      throw new ArgsError(`--view must be LON,LAT,ZOOM[,BEARING[,PITCH]] (got "${raw.view}")`);
    const [lon, lat, zoom, bearing = 0, pitch = 0] = parts;
    view = { center: [lon, lat], zoom, bearing, pitch };
  }
  if (raw.camera !== undefined && !['view', 'briefing'].includes(raw.camera))
    throw new ArgsError(`--camera must be view or briefing (got "${raw.camera}")`);
  if (raw.camera === 'briefing' && view !== undefined)
    throw new ArgsError("--camera briefing takes the chapters' cameras: leave out --view");
  if (raw.theme !== undefined && !['projector', 'print'].includes(raw.theme))
    throw new ArgsError(`--theme must be projector or print (got "${raw.theme}")`);
  if (raw.lang !== undefined && !['en', 'fr'].includes(raw.lang))
    throw new ArgsError(`--lang must be en or fr (got "${raw.lang}")`);
  if (raw.legend !== undefined && !['auto', 'full'].includes(raw.legend))
    throw new ArgsError(`--legend must be auto or full (got "${raw.legend}")`);
  if (raw.relief !== undefined && !['on', 'off'].includes(raw.relief))
    throw new ArgsError(`--relief must be on or off (got "${raw.relief}")`);
  if (raw.basemap !== undefined && !/\.pmtiles$/i.test(raw.basemap))
    throw new ArgsError(`--basemap takes a .pmtiles archive (got "${raw.basemap}")`);
  const common = {
    out: raw.out,
    format,
    width,
    height,
    pixelRatio,
    view,
    theme: raw.theme,
    lang: raw.lang,
    legend: raw.legend === 'full' ? 'full' : 'auto',
    relief: raw.relief !== 'off',
    basemap: raw.basemap,
  };

  if (raw.captions && !['zip', 'mp4', 'webm', 'gif'].includes(format))
    throw new ArgsError('--captions applies to sequences, videos and GIFs (zip, mp4, webm, gif)');
  if (raw.captions && raw.camera !== 'briefing')
    throw new ArgsError('--captions follows the briefing: add --camera briefing');
  if (format !== 'pptx')
    for (const f of ['moment', 'clips'])
      if (raw[f] !== undefined) throw new ArgsError(`--${f} applies to a pptx deck only`);
  segmentFormat(raw, format);
  if (format !== 'png')
    for (const f of ['compare', 'compare-mode'])
      if (raw[f] !== undefined) throw new ArgsError(`--${f} applies to a png still only`);
  const fail = (m) => {
    throw new ArgsError(m);
  };
  pdfFlagsOnly(raw, format, fail);
  if (format === 'pdf') return parsePdfArgs(raw, common, parseTime, fail);
  if (format === 'pptx') return parseDeckArgs(raw, common);

  if (format === 'png') {
    if (raw.time === undefined) throw new ArgsError('A png export is one still: give --time');
    for (const f of ['from', 'to', 'chapter', 'fps', 'duration', 'frames', 'bitrate', 'camera'])
      if (raw[f] !== undefined) throw new ArgsError(`--${f} does not apply to a single png still (--time)`);
    // Compare (issue #24): a still of two moments.
    if (raw['compare-mode'] !== undefined && raw.compare === undefined)
      throw new ArgsError('--compare-mode needs --compare T, the moment compared with');
    if (raw['compare-mode'] !== undefined && !['split', 'swipe'].includes(raw['compare-mode']))
      throw new ArgsError(`--compare-mode must be split or swipe (got "${raw['compare-mode']}")`);
    const compare =
      raw.compare === undefined
        ? undefined
        : { t: parseTime('compare', raw.compare), mode: raw['compare-mode'] ?? 'split' };
    return { ...common, time: parseTime('time', raw.time), ...(compare && { compare }) };
  }
  if (raw.time !== undefined) throw new ArgsError(`--time makes a still: use --format png and a .png --out`);
  if (raw.chapter !== undefined && (raw.from !== undefined || raw.to !== undefined))
    throw new ArgsError('Give either --chapter or --from/--to, not both');
  if ((raw.from === undefined) !== (raw.to === undefined)) throw new ArgsError('--from and --to go together');
  const from = raw.from === undefined ? undefined : parseTime('from', raw.from);
  const to = raw.to === undefined ? undefined : parseTime('to', raw.to);
  if (from !== undefined && !(to > from)) throw new ArgsError(`--to must be after --from`);
  const fps =
    raw.fps === undefined ? 30 : parseNumber('fps', raw.fps, { min: 1, max: format === 'gif' ? 50 : 120 });
  if (raw.duration !== undefined && raw.frames !== undefined)
    throw new ArgsError('Give --duration or --frames, not both');
  let frames;
  if (raw.frames !== undefined)
    frames = parseNumber('frames', raw.frames, { min: 1, max: 36000, integer: true });
  else if (raw.duration !== undefined) frames = Math.max(1, Math.round(parseDuration(raw.duration) * fps));
  else throw new ArgsError('Give --duration (e.g. 20s) or --frames for a sequence or video');
  if (frames > 36000) throw new ArgsError(`At most 36000 frames (got ${frames})`);
  if (raw.bitrate !== undefined && !['low', 'medium', 'high'].includes(raw.bitrate))
    throw new ArgsError(`--bitrate must be low, medium or high (got "${raw.bitrate}")`);
  if (raw.bitrate !== undefined && (format === 'zip' || format === 'gif'))
    throw new ArgsError('--bitrate applies to mp4 and webm only');
  return {
    ...common,
    from,
    to,
    chapter: raw.chapter,
    fps,
    frames,
    bitrate: raw.bitrate ?? 'medium',
    camera: raw.camera ?? 'view',
    captions: raw.captions === true,
    ...segmentArgs(raw, { format, frames, fps }, env),
  };
}

/** A deck is the whole briefing: no range, a still per chapter at a chosen moment, optional clips. */
function parseDeckArgs(raw, common) {
  for (const f of ['time', 'from', 'to', 'chapter', 'frames', 'duration', 'bitrate', 'camera'])
    if (raw[f] !== undefined)
      throw new ArgsError(`--${f} does not apply to a pptx deck (one slide per chapter)`);
  const moment = raw.moment ?? 'end';
  if (!['start', 'middle', 'end'].includes(moment))
    throw new ArgsError(`--moment must be start, middle or end (got "${moment}")`);
  if (raw.clips === undefined) {
    if (raw.fps !== undefined) throw new ArgsError('--fps applies to a deck only with --clips');
    return { ...common, moment };
  }
  const fps = raw.fps === undefined ? 25 : parseNumber('fps', raw.fps, { min: 1, max: 60 });
  const seconds = parseDuration(raw.clips.replace(/^/, ''));
  return { ...common, moment, clips: { fps, frames: Math.max(1, Math.round(seconds * fps)) } };
}
