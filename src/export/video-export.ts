import {
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  registerEncoder,
  StreamTarget,
  VideoSample,
  VideoSampleSource,
  WebMOutputFormat,
  type StreamTargetChunk,
} from 'mediabunny';
import {
  bitrateFor,
  chooseCodec,
  type BitratePreset,
  type CanEncode,
  type VideoFormat,
} from './codec-choice';
import { pipelineFrames } from './export-job';
import { spanOf, videoTimestamp, type FrameSchedule, type FrameSpan } from './frame-schedule';
import type { ByteSink } from './byte-sink';
import type { RenderFrame } from './png-sequence';
import { GroupEncoder } from './group-encoder';

// Every video export encodes each key-frame group afresh (see GroupEncoder), so segments join exactly.
registerEncoder(GroupEncoder);

export interface VideoOptions {
  format: VideoFormat;
  width: number;
  height: number;
  bitrate: BitratePreset;
  signal?: AbortSignal;
  onFrame?: () => void;
  canEncode?: CanEncode;
}

/**
 * Encodes the frames with WebCodecs through mediabunny, streaming the container to the sink. Each frame is
 * copied into a VideoSample as soon as it is drawn and handed to the encoder, which works while the next
 * frame renders. A segment (span) keeps the whole export's timestamps, so its first packet sits at its first
 * frame's time and segments join by copying packets; it starts on a key frame, as every encoder's first frame is.
 */
export async function exportVideo(
  schedule: FrameSchedule & { span?: FrameSpan },
  render: RenderFrame,
  sink: ByteSink,
  options: VideoOptions,
): Promise<{ codec: string; mimeType: string }> {
  const { width, height, format } = options;
  const bitrate = bitrateFor(options.bitrate, width, height, schedule.fps);
  const codec = await chooseCodec(
    format,
    { width, height, bitrate, frameRate: schedule.fps },
    options.canEncode ?? ((c, o) => canEncodeVideo(c, o)),
  );
  const output = new Output({
    // MP4's index is written last and its header patched in place: the sink takes positioned writes.
    format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: false }) : new WebMOutputFormat(),
    target: new StreamTarget(
      new WritableStream<StreamTargetChunk>({ write: (chunk) => sink.write(chunk) }),
      // Fewer, larger writes (the CLI ships each one out of the page), bounded to 4 MB in memory.
      { chunked: true, chunkSize: 4 << 20 },
    ),
  });
  const source = new VideoSampleSource({ codec, bitrate, keyFrameInterval: 2, sizeChangeBehavior: 'deny' });
  output.addVideoTrack(source, { frameRate: schedule.fps });
  GroupEncoder.active = true;
  try {
    await output.start();
    const duration = 1 / schedule.fps;
    const { first, count } = spanOf(schedule);
    await pipelineFrames(
      count,
      async (j) =>
        new VideoSample(await render(first + j), {
          timestamp: videoTimestamp(schedule, first + j),
          duration,
        }),
      async (_i, sample) => {
        try {
          await source.add(sample);
        } finally {
          sample.close();
        }
      },
      // A sample is a copy of the frame outside the JS heap: close it rather than leave it to the GC.
      { signal: options.signal, onFrame: () => options.onFrame?.(), discard: (sample) => sample.close() },
    );
    await output.finalize();
    return { codec, mimeType: await output.getMimeType() };
  } catch (error) {
    if (output.state !== 'finalized') await output.cancel().catch(() => undefined);
    throw error;
  } finally {
    GroupEncoder.active = false;
  }
}
