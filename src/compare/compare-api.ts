import { flushSync } from 'svelte';
import type { CompareHost } from './compare-host';
import type { ExportJob, Exporter } from '../export/exporter';
import type { MapView } from '../map/map-view';
import { toEpochMs } from '../time/format-time';
import { changes, type ChangeKind } from './changes';
import { compareMap } from './compare-drawn';
import { compareSpecOf, type CompareMode } from './compare-link';

/** Compare (issue #24) on `window.sandtable`, beside the rest of the scripting API. */
export interface CompareApi {
  /** The comparison shown: the compared moment (epoch ms) and how; null when not comparing. */
  readonly compare: { t: number; mode: CompareMode } | null;
  /**
   * Shows t (epoch ms or ISO 8601, clamped to the scenario) beside the map's own moment, `split` (default)
   * or `swipe`; null stops comparing. Resolves once both maps are drawn.
   */
  setCompare(spec: { t: number | string; mode?: CompareMode } | null): Promise<void>;
  /** The swipe's divider, 0 (left edge) to 1 (right edge). */
  readonly compareDivider: number;
  /** What changed between t1 and t2 (either order), in the reader's language. */
  changes(
    t1: number | string,
    t2: number | string,
  ): { id: string; kind: ChangeKind; label: string; what: string; time?: number }[];
}

/** The comparison shown, as one image of the export job's size: `exportStill({ …, compare: true })`. */
export async function compareStillOf(
  app: CompareHost,
  exporter: Exporter,
  job: ExportJob,
  t: number,
): Promise<Blob> {
  const c = app.compare;
  if (!c) throw new Error('exportStill: compare: true needs a comparison shown (sandtable.setCompare)');
  const { compareStill } = await import('./compare-export');
  return compareStill(exporter, job, {
    t,
    compare: { ...c },
    divider: app.compareDivider,
    timeZone: app.scenario.timeZone,
    lang: app.lang,
  });
}

/** The compare part of the scripting API; `ready` is the API's own (the first frame drawn). */
export function compareApi(app: CompareHost, ready: Promise<unknown>, view: Promise<MapView>): CompareApi {
  return {
    get compare() {
      const c = app.compare;
      return c ? { t: c.t, mode: c.mode } : null;
    },
    get compareDivider() {
      return app.compareDivider;
    },
    async setCompare(spec) {
      await ready;
      const checked = spec && compareSpecOf(spec);
      flushSync(() => {
        app.compare = checked
          ? { ...checked, t: Math.min(app.scenario.end, Math.max(app.scenario.start, checked.t)) }
          : null;
      });
      await (await view).rendered();
      if (checked) await (await compareMap()).rendered();
    },
    changes(t1, t2) {
      return changes(app.scenario, toEpochMs(t1), toEpochMs(t2), app.lang).map(
        ({ id, kind, label, what, time }) => ({ id, kind, label, what, ...(time !== undefined && { time }) }),
      );
    },
  };
}
