import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import type { UserBasemap } from '../map/user-basemap';
import { RELIEF_ATTRIBUTION } from '../map/basemap-style';
import { sceneBasemap } from './scene-basemap';

const BASE = 'http://127.0.0.1:4173/';

function userBasemap(key: string): UserBasemap & { styled: number } {
  const archive = {
    key,
    name: `${key}.pmtiles`,
    kind: 'vector' as const,
    minZoom: 0,
    maxZoom: 14,
    bounds: [0, 17, 3, 20] as [number, number, number, number],
    attribution: '© Test Cartographers',
    styled: 0,
    style(): StyleSpecification {
      archive.styled++;
      return {
        version: 8,
        sources: {
          mine: { type: 'vector', tiles: [`pmtiles://${key}/{z}/{x}/{y}`], attribution: archive.attribution },
        },
        layers: [],
      };
    },
  };
  return archive;
}

describe('sceneBasemap', () => {
  it('is one object per set of options, so a map is restyled only when they change', () => {
    const a = sceneBasemap({ baseUrl: BASE, theme: 'projector', lang: 'en' });
    expect(sceneBasemap({ baseUrl: BASE, theme: 'projector', lang: 'en', relief: true })).toBe(a);
    const flat = sceneBasemap({ baseUrl: BASE, theme: 'projector', lang: 'en', relief: false });
    expect(flat).not.toBe(a);
    expect(a.style.sources).toHaveProperty('relief');
    expect(flat.style.sources).not.toHaveProperty('relief');
    // The credits follow the style: the relief's source is credited only when drawn.
    expect(a.credits).toContain(RELIEF_ATTRIBUTION);
    expect(flat.credits).not.toContain(RELIEF_ATTRIBUTION);
    expect(a.detail).toBeUndefined();
  });

  it("draws a user's basemap instead, known by its key, with its credits and detail", () => {
    const first = userBasemap('local-1-city');
    const b = sceneBasemap({ baseUrl: BASE, theme: 'print', user: first });
    expect(sceneBasemap({ baseUrl: BASE, theme: 'print', user: first })).toBe(b);
    expect(first.styled).toBe(1);
    expect(b.style.sources).toHaveProperty('mine');
    expect(b.credits).toEqual(['© Test Cartographers']);
    expect(b.detail).toEqual({ kind: 'vector', maxZoom: 14 });
    const second = sceneBasemap({ baseUrl: BASE, theme: 'print', user: userBasemap('local-2-city') });
    expect(second).not.toBe(b);
    // No paint transition: nothing drawn may depend on when the map was restyled.
    expect(b.style.transition).toEqual({ duration: 0, delay: 0 });
  });
});
