import type { Exporter } from '../export/exporter';
import type { Camera } from '../model/camera';
import { composeSnapshot } from '../presenter/draw-ink';
import type { Stroke } from '../presenter/strokes';
import type { AppState } from './app-state.svelte';
import { downloadBytes } from './download';
import { appExportJob } from './app-frame';

/**
 * "Snapshot" in presenter mode: the view as the room sees it — a still of t under the map's camera at the
 * screen's size and pixel ratio, with its furniture — and the presenter's strokes on top, saved as a PNG.
 */
export async function saveSnapshot(
  app: AppState,
  exporter: Exporter,
  camera: Camera,
  strokes: readonly Stroke[],
  size: { width: number; height: number; pixelRatio: number },
): Promise<void> {
  const pixelRatio = size.pixelRatio;
  const job = appExportJob(app, {
    size: {
      width: Math.round(size.width * pixelRatio),
      height: Math.round(size.height * pixelRatio),
      pixelRatio,
    },
    view: camera,
  });
  const still = await exporter.still(job, app.t);
  const map = await createImageBitmap(still);
  try {
    const png = await composeSnapshot(map, strokes, pixelRatio);
    downloadBytes(png, `${app.scenario.id}-snapshot.png`, 'image/png');
  } finally {
    map.close();
  }
}
