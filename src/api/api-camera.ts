import { exportLook } from '../scene/frame-request';
import { briefingFraming } from '../scene/framing';
import { BASEMAP_LABEL_LAYERS } from '../map/basemap-style';
import { defaultPixelRatio } from '../export/export-sizes';
import { toEpochMs } from '../time/format-time';
import { drawn, type ApiContext } from './api-context';
import type { SandtableApi } from './sandtable-api';

const NOT_READY = 'sandtable is not ready yet: await sandtable.ready first';

/** The camera: read from and written to the app's state; the map only projects and lists what it drew. */
export function cameraApi(
  ctx: ApiContext,
): Pick<SandtableApi, 'view' | 'setView' | 'briefingCamera' | 'project' | 'basemapLabels'> {
  const { app, screen } = ctx;
  return {
    get view() {
      ctx.view();
      return app.camera;
    },
    async setView(v) {
      // The camera is the script's now: the default view no longer claims it.
      await drawn(ctx, () => {
        app.freeCamera = true;
        app.camera = { ...app.camera, ...v };
      });
      return app.camera;
    },
    briefingCamera(t, size) {
      ctx.view();
      const look = screen.look;
      if (!look) throw new Error(NOT_READY);
      // A size asked for is an export's frame (its look: no advice, the legend as the layout chooses);
      // without one, the screen's, presenter and all.
      const ratio = size?.pixelRatio ?? (size ? defaultPixelRatio(size.width, size.height) : 1);
      const framed = size
        ? exportLook(
            { theme: app.theme, lang: app.lang },
            { width: size.width / ratio, height: size.height / ratio },
            {
              assets: look.assets,
              basemap: screen.basemap,
              symbols: look.symbols,
            },
          )
        : look;
      return briefingFraming(app.scenario, toEpochMs(t), undefined, framed).camera;
    },
    project(lonLat) {
      const p = ctx.view().map.project(lonLat);
      return [p.x, p.y];
    },
    basemapLabels() {
      const map = ctx.view().map;
      const ids = BASEMAP_LABEL_LAYERS.filter((id) => map.getLayer(id));
      const names = map
        .queryRenderedFeatures({ layers: ids })
        .map((f) => String(f.properties.name ?? f.properties[`name_${app.lang}`] ?? ''));
      return [...new Set(names)].filter(Boolean).sort();
    },
  };
}
