import { importInWorker } from '../import/worker/import-in-worker';
import { formatLoadError } from '../scenario/load-error';
import type { DataFormat } from '../export-data/shared';
import { drawn, type ApiContext } from './api-context';
import type { SandtableApi } from './sandtable-api';

/** The data formats `exportData` writes; the writers themselves load on the first export. */
const DATA_FORMATS: readonly DataFormat[] = ['kml', 'kmz', 'geojson', 'orbat-mapper', 'csv'];

/** The scenario as files: read back, written in another tool's format, or opened in its place. */
export function filesApi(ctx: ApiContext): Pick<SandtableApi, 'scenarioJson' | 'exportData' | 'open'> {
  const { app } = ctx;
  return {
    scenarioJson() {
      const files = { ...app.files };
      return { scenario: JSON.parse(files['scenario.json'] ?? 'null'), files };
    },
    async exportData(format, options = {}) {
      await ctx.ready;
      if (!DATA_FORMATS.includes(format))
        throw new Error(`Unknown format ${JSON.stringify(format)}: one of ${DATA_FORMATS.join(', ')}`);
      // The writers load on the first export, not with the app.
      const { exportBlob, exportInPage } = await import('../export-data/export-in-page');
      const out = await exportInPage(app.scenario, format, options.lang ?? 'en');
      const data = typeof out.data === 'string' ? out.data : exportBlob(out);
      return { data, fileName: out.fileName, mime: out.mime, notes: out.notes };
    },
    async open(files) {
      await ctx.ready;
      const start = performance.now();
      const encoder = new TextEncoder();
      const inputs = files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) }));
      const result = await importInWorker(inputs).result;
      if ('cancelled' in result || !result.ok) {
        const errors =
          'cancelled' in result ? ['cancelled'] : result.errors.map((e) => formatLoadError(e, 'en'));
        return {
          ok: false,
          features: 0,
          movements: 0,
          importMs: performance.now() - start,
          drawnMs: 0,
          errors,
        };
      }
      const importMs = performance.now() - start;
      await drawn(ctx, () => app.replaceScenario(result.scenario, result.files));
      return {
        ok: true,
        features: result.scenario.features.length,
        movements: result.scenario.movements.length,
        problems: (result.report.flawed ?? []).map((e) => formatLoadError(e, 'en')),
        importMs,
        drawnMs: performance.now() - start,
        errors: [],
      };
    },
  };
}
