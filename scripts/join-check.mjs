// What `npm run export:join` checks before it copies a single packet: the segments must be one encoding cut
// in pieces (same codec, decoder configuration, size and frame rate) and follow each other frame for frame.
// Pure functions over what was read from the files, so the rules are unit-tested without any video.

export class JoinError extends Error {}

/** Timestamps may be rounded to the container's clock (WebM: 1 ms); anything further off is a mismatch. */
const TOLERANCE_S = 0.0011;

/** A decoder configuration (avcC, vpcC…) as hex, cut short in messages: it can run to dozens of bytes. */
const hex = (bytes) => {
  if (!bytes) return '';
  const all = Buffer.from(bytes).toString('hex');
  return all.length > 48 ? `${all.slice(0, 48)}… (${bytes.length} bytes)` : all;
};

/** Frames per second as a number to show: 30, 29.97. */
const showFps = (fps) => String(Math.round(fps * 100) / 100);

/** A segment's own span, first frame to the end of its last. */
const ownSpan = (s) => s.packets.at(-1).timestamp + s.packets.at(-1).duration - s.packets[0].timestamp;

/**
 * Frames per second of the segments together. MP4 stores each frame's duration exactly: one duration, one
 * rate. WebM rounds times to 1 ms: the rate is then frames over spans (each segment's own, so a gap between
 * segments does not skew it), taken as the nearest whole or half number when within the rounding.
 */
export function overallFps(segments) {
  const durations = segments.flatMap((s) => s.packets.map((p) => p.duration));
  if (durations.every((d) => Math.abs(d - durations[0]) < 1e-9)) return 1 / durations[0];
  const frames = durations.length;
  const span = segments.reduce((sum, s) => sum + ownSpan(s), 0);
  const estimate = frames / span;
  const slack = (segments.length * TOLERANCE_S) / span;
  const near = [Math.round(estimate), Math.round(estimate * 2) / 2].find(
    (c) => Math.abs(estimate - c) <= c * slack,
  );
  return near ?? estimate;
}

/** A segment's own rate: its frames over its span. */
const ownFps = (s) => s.packets.length / ownSpan(s);

/**
 * Checks segments read from their files — { file, container, codec, codecString, width, height, description,
 * packets: [{ timestamp, duration, key }] in presentation order } — and returns them in time order with the
 * frame rate and frame count of the whole. Throws JoinError naming the file, the field and its value.
 */
export function checkSegments(segments) {
  if (segments.length === 0) throw new JoinError('no segments given');
  for (const s of segments) if (s.packets.length === 0) throw new JoinError(`${s.file}: no video frames`);
  const sorted = [...segments].sort((a, b) => a.packets[0].timestamp - b.packets[0].timestamp);
  const ref = sorted[0];
  const same = (field, show = (v) => String(v)) => {
    for (const s of sorted)
      if (show(s[field]) !== show(ref[field]))
        throw new JoinError(
          `${s.file}: ${field} is ${show(s[field]) || '(none)'} where ${ref.file} has ${show(ref[field]) || '(none)'}: the segments are not one export`,
        );
  };
  same('container');
  same('codec');
  same('width');
  same('height');
  same('codecString');
  same('description', hex);
  for (const s of sorted)
    if (Math.abs(ownFps(s) - ownFps(ref)) > ownFps(ref) * 0.01)
      throw new JoinError(
        `${s.file}: frame rate is ${showFps(ownFps(s))} fps where ${ref.file} has ${showFps(ownFps(ref))} fps`,
      );
  const fps = overallFps(sorted);
  let next = 0;
  for (const s of sorted) {
    const t0 = s.packets[0].timestamp;
    const first = Math.round(t0 * fps);
    if (Math.abs(t0 - first / fps) > TOLERANCE_S)
      throw new JoinError(`${s.file}: starts at ${t0} s, between two frames at ${showFps(fps)} fps`);
    if (!s.packets[0].key)
      throw new JoinError(
        `${s.file}: its first frame (${first}) is not a key frame, so it cannot start a part`,
      );
    if (first > next)
      throw new JoinError(
        `${s.file}: starts at frame ${first} but the frames before end at ${next - 1}: frames ${next}–${first - 1} are missing (a segment not given?)`,
      );
    if (first < next)
      throw new JoinError(
        `${s.file}: starts at frame ${first}, which the segment before already has (it ends at frame ${next - 1}): segments overlap`,
      );
    s.packets.forEach((p, k) => {
      if (Math.abs(p.timestamp - (first + k) / fps) > TOLERANCE_S)
        throw new JoinError(
          `${s.file}: frame ${first + k} is at ${p.timestamp} s, not ${(first + k) / fps} s as at ${showFps(fps)} fps`,
        );
    });
    next = first + s.packets.length;
  }
  return { segments: sorted, fps, frames: next };
}

const FRAME_NAME = /^(.*-)(\d+)\.png$/;

/**
 * Checks the entry names of PNG-sequence ZIP segments ({ file, names }): frames numbered across the whole
 * export (frame-00123.png), the same prefix and width everywhere, each segment following the one before.
 * Returns them in frame order with the frame count.
 */
export function checkZipSegments(segments) {
  if (segments.length === 0) throw new JoinError('no segments given');
  const parsed = segments.map((s) => {
    if (s.names.length === 0) throw new JoinError(`${s.file}: no frames in the archive`);
    const numbers = s.names.map((name) => {
      const m = FRAME_NAME.exec(name);
      if (!m) throw new JoinError(`${s.file}: "${name}" is not a frame (frame-00000.png)`);
      return { prefix: m[1], digits: m[2].length, n: Number(m[2]) };
    });
    return { ...s, numbers };
  });
  parsed.sort((a, b) => a.numbers[0].n - b.numbers[0].n);
  const { prefix, digits } = parsed[0].numbers[0];
  let next = 0;
  for (const s of parsed) {
    for (const [k, f] of s.numbers.entries()) {
      if (f.prefix !== prefix || f.digits !== digits)
        throw new JoinError(
          `${s.file}: "${s.names[k]}" is named unlike ${parsed[0].names[0]}: not one export`,
        );
      if (f.n > next)
        throw new JoinError(
          `${s.file}: frame ${f.n} follows frame ${next - 1}: frames ${next}–${f.n - 1} are missing`,
        );
      if (f.n < next)
        throw new JoinError(`${s.file}: frame ${f.n} is already in a segment before: segments overlap`);
      next++;
    }
  }
  return { segments: parsed, frames: next };
}
