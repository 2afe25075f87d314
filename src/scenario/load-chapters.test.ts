import { describe, expect, it } from 'vitest';
import { loadScenario, parsePace } from './load';
import { miniFiles, miniManifest } from '../../tests/fixtures/mini-scenario';

const camera = { center: [1, 18], zoom: 8 };

function withChapters(chapters: unknown[]) {
  return loadScenario(miniFiles({ ...miniManifest(), chapters }));
}

describe('chapters', () => {
  it('loads chapters with parsed times, default camera angles and pace', () => {
    const result = withChapters([
      {
        id: 'a',
        title: 'A',
        caption: 'First',
        start: '2023-11-10T00:00:00Z',
        end: '2023-11-11T00:00:00Z',
        camera,
      },
      {
        id: 'b',
        title: { en: 'B', fr: 'B' },
        caption: { en: 'Second', fr: 'Deuxième' },
        start: '2023-11-11T00:00:00Z',
        end: '2023-11-12T00:00:00Z',
        camera: { ...camera, bearing: 20 },
        pace: '6h/s',
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b] = result.scenario.chapters;
    expect(a).toMatchObject({ id: 'a', start: Date.parse('2023-11-10T00:00:00Z'), pace: undefined });
    expect(a?.camera).toEqual({ center: [1, 18], zoom: 8, bearing: 0, pitch: 0 });
    expect(b?.pace).toBe(6 * 3_600_000);
  });

  it('is empty when the manifest has none', () => {
    const result = loadScenario(miniFiles());
    expect(result.ok && result.scenario.chapters).toEqual([]);
  });

  it('names chapters[i].field for times outside the range, backwards or out of order', () => {
    const result = withChapters([
      {
        id: 'a',
        title: 'A',
        caption: 'A',
        start: '2023-11-12T00:00:00Z',
        end: '2023-11-11T00:00:00Z',
        camera,
      },
      {
        id: 'b',
        title: 'B',
        caption: 'B',
        start: '2023-11-11T00:00:00Z',
        end: '2023-12-01T00:00:00Z',
        camera,
      },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'chapters[0].end',
      'chapters[1].end',
      'chapters[1].start',
    ]);
    expect(result.errors.every((e) => e.file === 'scenario.json')).toBe(true);
  });

  it('rejects a malformed pace and a missing caption', () => {
    const result = withChapters([
      {
        id: 'a',
        title: 'A',
        start: '2023-11-10T00:00:00Z',
        end: '2023-11-11T00:00:00Z',
        camera,
        pace: 'fast',
      },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual(['chapters[0].caption', 'chapters[0].pace']);
  });

  it('parses paces in minutes, hours and days per second', () => {
    expect(parsePace('30m/s')).toBe(30 * 60_000);
    expect(parsePace('1.5h/s')).toBe(5_400_000);
    expect(parsePace('1d/s')).toBe(86_400_000);
  });
});
