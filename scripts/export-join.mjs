// `npm run export:join -- --out whole.mp4 part-0.mp4 part-1.mp4 …`: joins the segments of one export
// (`npm run export -- … --segment i/n`) without re-encoding: video packets are copied as they are into one
// MP4 or WebM (by mediabunny, in Node; or by `ffmpeg -c copy` with --with ffmpeg), PNG-sequence ZIPs into one
// ZIP. Everything is checked first (scripts/join-check.mjs); a mismatch is refused, naming file and field.
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { checkSegments, checkZipSegments, JoinError } from './join-check.mjs';

export const JOIN_USAGE = `Usage: npm run export:join -- --out FILE [--with mediabunny|ffmpeg] SEGMENT…

Joins the segments written by  npm run export -- … --segment I/N  into one file, without re-encoding:
MP4 or WebM segments into one video, PNG-sequence ZIP segments into one ZIP. The segments may be given in
any order; they must be one export (codec, its configuration, size, frame rate) and together every frame.
  --out FILE      the joined file (.mp4, .webm or .zip, as the segments); written to FILE.part first
  --with TOOL     mediabunny (default, no other program needed) or ffmpeg (its concat demuxer, -c copy)`;

/** Parses the join's argv into { out, tool, files }; throws JoinError with the reason. */
export function parseJoinArgs(argv) {
  const files = [];
  let out;
  let tool = 'mediabunny';
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s);
    if (name === '--help' || name === '-h') return { help: true };
    if (name === '--out' || name === '--with') {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new JoinError(`${name} needs a value`);
      if (name === '--out') out = value;
      else tool = value;
    } else if (name.startsWith('--')) throw new JoinError(`Unknown option ${name}`);
    else files.push(argv[i]);
  }
  if (!out) throw new JoinError('--out FILE is required');
  if (!['mediabunny', 'ffmpeg'].includes(tool))
    throw new JoinError(`--with must be mediabunny or ffmpeg (got "${tool}")`);
  if (files.length === 0) throw new JoinError('give the segments to join after the options');
  const kind = (f) => /\.(mp4|webm|zip)$/i.exec(f)?.[1].toLowerCase();
  for (const f of [out, ...files]) if (!kind(f)) throw new JoinError(`${f}: not a .mp4, .webm or .zip file`);
  for (const f of files)
    if (kind(f) !== kind(out))
      throw new JoinError(`${f}: a .${kind(f)} segment cannot go into a .${kind(out)} file (--out ${out})`);
  if (new Set(files.map((f) => resolve(f))).size !== files.length)
    throw new JoinError('a segment is given twice');
  if (files.some((f) => resolve(f) === resolve(out)))
    throw new JoinError(`--out ${out} is one of the segments: write the whole elsewhere`);
  return { out, tool, files, kind: kind(out) };
}

const bytesOf = (d) =>
  d === undefined
    ? undefined
    : ArrayBuffer.isView(d)
      ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
      : new Uint8Array(d);

/** A video segment as join-check reads it: its track's settings and every packet's timing. */
async function readVideo(file, mb) {
  const input = new mb.Input({ source: new mb.FilePathSource(file), formats: mb.ALL_FORMATS });
  try {
    const track = await input.getPrimaryVideoTrack().catch((e) => {
      throw new JoinError(`${file}: not a video this can read (${e.message})`);
    });
    if (!track) throw new JoinError(`${file}: no video track`);
    const config = await track.getDecoderConfig();
    const packets = [];
    for await (const p of new mb.EncodedPacketSink(track).packets(undefined, undefined, {
      metadataOnly: true,
    }))
      packets.push({ timestamp: p.timestamp, duration: p.duration, key: p.type === 'key' });
    packets.sort((a, b) => a.timestamp - b.timestamp);
    return {
      file,
      container: (await input.getFormat()).name,
      codec: track.codec,
      codecString: config?.codec,
      width: track.codedWidth,
      height: track.codedHeight,
      description: bytesOf(config?.description),
      config,
      packets,
    };
  } finally {
    input.dispose();
  }
}

/** Copies every packet of the checked segments, in order, into one file: no decoding, no encoding. */
async function remux(checked, part, kind, mb) {
  const output = new mb.Output({
    format: kind === 'mp4' ? new mb.Mp4OutputFormat({ fastStart: false }) : new mb.WebMOutputFormat(),
    target: new mb.FilePathTarget(part),
  });
  const source = new mb.EncodedVideoPacketSource(checked.segments[0].codec);
  output.addVideoTrack(source, { frameRate: checked.fps });
  await output.start();
  let first = true;
  for (const s of checked.segments) {
    const input = new mb.Input({ source: new mb.FilePathSource(s.file), formats: mb.ALL_FORMATS });
    try {
      const track = await input.getPrimaryVideoTrack();
      for await (const packet of new mb.EncodedPacketSink(track).packets()) {
        await source.add(packet, first ? { decoderConfig: s.config } : undefined);
        first = false;
      }
    } finally {
      input.dispose();
    }
  }
  await output.finalize();
}

/** The same copy by ffmpeg's concat demuxer, for those who prefer it; the checks have run already. */
function ffmpegConcat(checked, part, kind) {
  const list = join(tmpdir(), `sandtable-join-${process.pid}.txt`);
  writeFileSync(
    list,
    // Each segment keeps the whole export's times, its file's duration counting from 0: `duration` gives the
    // concat demuxer its frames' length, or the next segment would be shifted by the time before this one.
    checked.segments
      .map(
        (s) =>
          `file '${resolve(s.file).replaceAll("'", "'\\''")}'\nduration ${s.packets.length / checked.fps}\n`,
      )
      .join(''),
  );
  try {
    execFileSync(
      'ffmpeg',
      [
        '-v',
        'error',
        '-y',
        '-f',
        'concat',
        '-safe',
        '0',
        '-i',
        list,
        '-c',
        'copy',
        '-f',
        kind === 'mp4' ? 'mp4' : 'webm',
        part,
      ],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
  } finally {
    rmSync(list, { force: true });
  }
}

/** Joins ZIP segments entry by entry, streaming: the PNGs are stored, so nothing is compressed again. */
async function joinZips(files, part) {
  const { Unzip, UnzipPassThrough, Zip, ZipPassThrough } = await import('fflate');
  const entriesOf = async (file) => {
    const entries = [];
    const unzip = new Unzip((f) => {
      const chunks = [];
      entries.push({ name: f.name, chunks });
      f.ondata = (err, data) => {
        if (err) throw err;
        chunks.push(data);
      };
      f.start();
    });
    unzip.register(UnzipPassThrough);
    for await (const chunk of createReadStream(file)) unzip.push(chunk);
    unzip.push(new Uint8Array(0), true);
    return entries;
  };
  // Names first, for the checks: a bad set is refused before anything is written.
  const names = [];
  for (const file of files) names.push({ file, names: (await entriesOf(file)).map((e) => e.name) });
  const checked = checkZipSegments(names);
  const out = createWriteStream(part);
  const zip = new Zip((err, data, final) => {
    if (err) throw err;
    out.write(data);
    if (final) out.end();
  });
  for (const s of checked.segments)
    for (const e of await entriesOf(s.file)) {
      const entry = new ZipPassThrough(e.name);
      zip.add(entry);
      e.chunks.forEach((c, k) => entry.push(c, k === e.chunks.length - 1));
      if (e.chunks.length === 0) entry.push(new Uint8Array(0), true);
    }
  zip.end();
  await once(out, 'finish');
  return checked;
}

async function main() {
  let args;
  try {
    args = parseJoinArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof JoinError)) throw e;
    console.error(`export:join: ${e.message}\n\n${JOIN_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(JOIN_USAGE);
    return 0;
  }
  const part = `${resolve(args.out)}.part`;
  try {
    for (const f of args.files) if (!existsSync(f)) throw new JoinError(`${f}: no such file`);
    if (args.kind === 'zip') {
      const { frames } = await joinZips(args.files, part);
      console.log(`export:join: ${args.files.length} segments, frames 0–${frames - 1}`);
    } else {
      const mb = await import('mediabunny');
      const segments = [];
      for (const f of args.files) segments.push(await readVideo(f, mb));
      const checked = checkSegments(segments);
      if (args.tool === 'ffmpeg') ffmpegConcat(checked, part, args.kind);
      else await remux(checked, part, args.kind, mb);
      console.log(
        `export:join: ${args.files.length} segments, ${checked.frames} frames at ${checked.fps} fps, ${segments[0].codecString}, copied by ${args.tool}`,
      );
    }
    renameSync(part, args.out);
    console.log(`export:join: wrote ${args.out}`);
    return 0;
  } catch (e) {
    rmSync(part, { force: true });
    console.error(
      `export:join: ${e instanceof JoinError ? 'refused' : 'failed'}: ${e instanceof Error ? e.message : e}`,
    );
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname))
  process.exitCode = await main();
