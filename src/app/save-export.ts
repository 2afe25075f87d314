import { downloadBytes } from './download';
import { fileSink, memorySink } from '../export/byte-sink';
import { MIME, type Exporter, type ExportJob, type SequenceFormat } from '../export/exporter';
import type { ExportProgress } from '../export/export-job';
import type { BitratePreset } from '../export/codec-choice';
import type { ExportSize } from '../export/export-sizes';
import type { DeckMoment } from '../export/slides/export-deck';
import type { PdfRequest } from '../export/pdf/export-pdf';

export type ExportKind = SequenceFormat | 'png' | 'pptx' | 'pdf';

/** The print handout's choices: paper, margins, scale (empty: fitted), resolution, a chapter or the booklet. */
export type PdfChoice = Pick<
  PdfRequest,
  'paper' | 'orientation' | 'margin' | 'ppi' | 'chapter' | 'booklet'
> & {
  scale?: number | null;
};

export interface SaveRequest {
  kind: ExportKind;
  scenarioId: string;
  /** The size asked for, and the size written (videos are rounded down to even sizes). */
  size: ExportSize;
  outSize: { width: number; height: number };
  /** The still's time, or the sequence's range. */
  t: number;
  range: [number, number];
  fps: number;
  frames: number;
  bitrate: BitratePreset;
  /** One camera throughout, or the briefing's chapter cameras at each frame's time. */
  camera: 'view' | 'briefing';
  /** The chapter title and caption as a lower third (sequences, videos and GIFs with the briefing camera). */
  captions?: boolean;
  /** A deck's still moment in each chapter, and whether each chapter's clip is embedded too. */
  deck?: { moment: DeckMoment; clips: boolean };
  pdf?: PdfChoice;
  signal: AbortSignal;
  onProgress: (p: ExportProgress) => void;
  /** A GIF will pass the 20 MB guard (told once; the export goes on). */
  onLarge?: (bytes: { written: number; projected: number }) => void;
  /** A still of the comparison shown (issue #24), both moments in one image. */
  compare?: (job: ExportJob, t: number) => Promise<Blob>;
}

/** `kidal-2023-2023-11-13T1200-1920x1080.mp4`: what, when and how large, sortable by time. */
export function exportFileName(
  r: Pick<SaveRequest, 'kind' | 'scenarioId' | 'outSize' | 't' | 'range'>,
): string {
  if (r.kind === 'pptx') return `${r.scenarioId}-briefing-${r.outSize.width}x${r.outSize.height}.pptx`;
  if (r.kind === 'pdf') return `${r.scenarioId}-handout-${new Date(r.t).toISOString().slice(0, 10)}.pdf`;
  const at = r.kind === 'png' ? r.t : r.range[0];
  const stamp = new Date(at).toISOString().slice(0, 16).replace(':', '');
  return `${r.scenarioId}-${stamp}-${r.outSize.width}x${r.outSize.height}.${r.kind}`;
}

/** Asks where to save when the browser lets a page write a file as it goes (File System Access). */
async function pickFile(name: string, type: string): Promise<FileSystemFileHandle | undefined> {
  const picker = (window as { showSaveFilePicker?: (o: object) => Promise<FileSystemFileHandle> })
    .showSaveFilePicker;
  if (!picker) return undefined;
  const ext = name.slice(name.lastIndexOf('.'));
  return picker({ suggestedName: name, types: [{ description: ext, accept: { [type]: [ext] } }] });
}

/**
 * Runs the export through the app's exporter and saves it: a sequence is streamed to the chosen file where
 * the browser allows (positioned writes: MP4 patches its header at the end), else collected and downloaded.
 * A failed or cancelled export aborts the file (the exporter aborts its sink), so no partial file is left
 * named as complete.
 */
export async function saveExport(exporter: Exporter, job: ExportJob, r: SaveRequest): Promise<void> {
  const name = exportFileName(r);
  const type = MIME[r.kind];
  if (r.kind === 'png') {
    downloadBytes(await (r.compare ? r.compare(job, r.t) : exporter.still(job, r.t)), name, type);
    return;
  }
  if (r.kind === 'pdf') {
    if (!r.pdf) throw new Error('A PDF export needs its paper and scale');
    const { scale, chapter, booklet, ...paper } = r.pdf;
    const pdf = await exporter.pdf(
      { ...job, theme: 'print' },
      {
        ...paper,
        ...(scale && { scale }),
        ...(booklet ? { booklet } : chapter && { chapter }),
        t: r.t,
        signal: r.signal,
        onProgress: (done, total) => r.onProgress({ done, total, etaSeconds: undefined, rate: undefined }),
      },
    );
    downloadBytes(pdf, name, type);
    return;
  }
  if (r.kind === 'pptx') {
    const deck = await exporter.deck(job, {
      moment: r.deck?.moment ?? 'end',
      ...(r.deck?.clips && { clips: { fps: r.fps, frames: r.frames } }),
      signal: r.signal,
      onProgress: (done, total) => r.onProgress({ done, total, etaSeconds: undefined, rate: undefined }),
    });
    downloadBytes(deck, name, type);
    return;
  }
  const handle = await pickFile(name, type);
  const file = handle && (await fileSink(handle));
  const memory = file ? undefined : memorySink();
  await exporter.sequence(
    job,
    {
      from: r.range[0],
      to: r.range[1],
      fps: r.fps,
      frames: r.frames,
      format: r.kind,
      bitrate: r.bitrate,
      camera: r.camera,
      captions: r.captions,
      signal: r.signal,
      onProgress: r.onProgress,
      onLarge: r.onLarge,
    },
    file ?? memory!,
  );
  if (memory) downloadBytes(memory.blob(type), name, type);
}
