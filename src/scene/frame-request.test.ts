import { describe, expect, it } from 'vitest';
import { exportLook, frameRequest, resourcesLook } from './frame-request';
import { headlessAssets } from './scene-assets';
import { sceneBasemap } from './scene-basemap';
import type { Scenario } from '../model/scenario';
import type { SymbolAtlas } from '../symbols/symbol-atlas';

const assets = headlessAssets();
const basemap = sceneBasemap({ baseUrl: 'http://localhost/', theme: 'projector', lang: 'en' });
const scenario = { id: 's' } as unknown as Scenario;
const camera = { center: [1, 18] as [number, number], zoom: 7, bearing: 0, pitch: 0 };

describe('frame requests', () => {
  it('leaves the action to avoid to composeScene unless a framing gives one (null included)', () => {
    const look = exportLook({ theme: 'print', lang: 'fr' }, { width: 640, height: 360 }, { assets, basemap });
    expect('avoid' in frameRequest(look, scenario, 5, camera)).toBe(false);
    expect(frameRequest(look, scenario, 5, camera, null).avoid).toBeNull();
    const box = { x: 1, y: 2, w: 3, h: 4 };
    expect(frameRequest(look, scenario, 5, camera, box)).toEqual({
      ...look,
      scenario,
      t: 5,
      camera,
      avoid: box,
    });
  });

  it('gives an export no advice, its captions only when asked, the legend `auto` unless chosen', () => {
    const size = { width: 640, height: 360 };
    const plain = exportLook({ theme: 'projector', lang: 'en' }, size, { assets, basemap });
    expect(plain).toEqual({
      size,
      theme: 'projector',
      lang: 'en',
      assets,
      basemap: basemap.drawn,
      legendForm: 'auto',
      advice: false,
    });
    const captioned = exportLook(
      { theme: 'projector', lang: 'en', legendForm: 'full', captions: true },
      size,
      {
        assets,
        basemap,
      },
    );
    expect(captioned).toMatchObject({ legendForm: 'full', captions: true });
  });

  it('takes the basemap’s credits and detail, and the symbols when there are some', () => {
    const atlas = { id: 'a' } as unknown as SymbolAtlas;
    const detail = { kind: 'raster' as const, maxZoom: 9 };
    expect(resourcesLook({ assets, basemap: { ...basemap, detail }, symbols: atlas })).toEqual({
      assets,
      basemap: basemap.drawn,
      basemapDetail: detail,
      symbols: atlas,
    });
    expect(resourcesLook({ assets, basemap, symbols: undefined })).toEqual({
      assets,
      basemap: basemap.drawn,
    });
  });
});
