import type { ApiContext } from './api-context';
import type { SandtableApi } from './sandtable-api';

/** The switches a script reads (relief, basemap) or sets (symbols), as the toolbar has them. */
export function settingsApi(
  ctx: ApiContext,
): Pick<SandtableApi, 'relief' | 'basemap' | 'basemapProblem' | 'symbols'> {
  const { app } = ctx;
  return {
    get relief() {
      return app.relief;
    },
    get basemap() {
      const b = app.userBasemap;
      return b ? { name: b.name, kind: b.kind } : null;
    },
    get basemapProblem() {
      return app.basemapProblem ?? null;
    },
    get symbols() {
      return app.showSymbols;
    },
    set symbols(on: boolean) {
      app.showSymbols = on;
    },
  };
}
