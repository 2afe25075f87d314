import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load';
import { DEFAULT_SCENARIO_FILES } from '../scenario/default-scenario';
import type { Chapter, Scenario } from '../model/scenario';
import { cameraAt, EASE_SHARE, interpolateCamera } from './camera-at';
import type { Camera } from '../model/camera';
import { chapterIndexAt, chapterRanges, findChapter, stepChapter } from './chapters';

const cam = (lon: number, lat: number, zoom: number, bearing = 0): Camera => ({
  center: [lon, lat],
  zoom,
  bearing,
  pitch: 0,
});
const chapter = (id: string, start: number, end: number, camera: Camera): Chapter => ({
  id,
  title: id,
  caption: id,
  start,
  end,
  camera,
});
const chapters = [chapter('a', 0, 100, cam(0, 10, 6)), chapter('b', 100, 200, cam(2, 12, 10, 90))];
const scenario = { chapters, defaultView: cam(5, 5, 5) } as unknown as Scenario;

describe('chapters', () => {
  it('finds the chapter at t and steps through them', () => {
    expect(chapterIndexAt(chapters, -1)).toBe(-1);
    expect(chapterIndexAt(chapters, 100)).toBe(1);
    expect(stepChapter(chapters, undefined, -1, 1)?.id).toBe('a');
    expect(stepChapter(chapters, 'a', 150, 1)?.id).toBe('b');
    expect(stepChapter(chapters, undefined, 150, -1)?.id).toBe('a');
    expect(stepChapter(chapters, 'b', 0, 1)).toBeUndefined();
  });

  it('finds a chapter by id or by its title in either language, ignoring case', () => {
    const named = [
      { ...chapters[0]!, id: 'advance', title: { en: 'The advance', fr: 'L’avancée' } },
      { ...chapters[1]!, id: 'fall', title: { en: 'Fall of Kidal', fr: 'Chute de Kidal' } },
    ];
    expect(findChapter(named, 'FALL')?.id).toBe('fall');
    expect(findChapter(named, 'chute de kidal')?.id).toBe('fall');
    expect(findChapter(named, ' The Advance ')?.id).toBe('advance');
    expect(findChapter(named, 'aftermath')).toBeUndefined();
    expect(chapterRanges(named, 'fr').map((c) => c.title)).toEqual(['L’avancée', 'Chute de Kidal']);
    expect(chapterRanges(named, 'en')[1]).toEqual({
      id: 'fall',
      title: 'Fall of Kidal',
      start: 100,
      end: 200,
      camera: chapters[1]!.camera,
    });
  });
});

describe('cameraAt', () => {
  it('holds the previous camera at a chapter start and lands on its own after the ease', () => {
    expect(cameraAt(scenario, 50)).toEqual(chapters[0]!.camera);
    expect(cameraAt(scenario, 100)).toEqual(chapters[0]!.camera);
    expect(cameraAt(scenario, 100 + 100 * EASE_SHARE)).toEqual(chapters[1]!.camera);
    const mid = cameraAt(scenario, 110);
    expect(mid.zoom).toBeCloseTo(8);
    expect(mid.bearing).toBeCloseTo(45);
  });

  it('is the default view without chapters', () => {
    expect(cameraAt({ ...scenario, chapters: [] }, 5)).toEqual(scenario.defaultView);
  });

  it('turns the short way and stays in (-180, 180]', () => {
    expect(interpolateCamera(cam(0, 0, 1, 170), cam(0, 0, 1, -170), 0.5).bearing).toBeCloseTo(180);
    expect(interpolateCamera(cam(0, 0, 1, -170), cam(0, 0, 1, 170), 0.25).bearing).toBeCloseTo(-175);
  });

  it('moves the centre straight in Mercator, not in latitude', () => {
    const c = interpolateCamera(cam(0, 0, 1), cam(0, 60, 1), 0.5);
    expect(c.center[1]).toBeGreaterThan(30);
    expect(c.center[1]).toBeLessThan(40);
  });

  it('is continuous through the Kidal chapters', () => {
    const result = loadScenario(DEFAULT_SCENARIO_FILES);
    if (!result.ok) throw new Error('Kidal should load');
    const kidal = result.scenario;
    expect(kidal.chapters).toHaveLength(8);
    for (let t = kidal.start; t < kidal.end; t += 600_000) {
      const a = cameraAt(kidal, t);
      const b = cameraAt(kidal, t + 600_000);
      expect(Math.abs(a.zoom - b.zoom)).toBeLessThan(0.5);
      expect(Math.abs(a.center[0] - b.center[0]) + Math.abs(a.center[1] - b.center[1])).toBeLessThan(0.3);
    }
  });
});
