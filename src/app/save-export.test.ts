import { describe, expect, it } from 'vitest';
import { exportFileName } from './save-export';

describe('exportFileName', () => {
  const base = { scenarioId: 'kidal-2023', outSize: { width: 1920, height: 1080 } };
  it('names a still by its moment and a sequence by its start, with the size written', () => {
    const t = Date.parse('2023-11-13T12:30:00Z');
    const range: [number, number] = [Date.parse('2023-11-10T00:00:00Z'), Date.parse('2023-11-15T00:00:00Z')];
    expect(exportFileName({ ...base, kind: 'png', t, range })).toBe(
      'kidal-2023-2023-11-13T1230-1920x1080.png',
    );
    expect(exportFileName({ ...base, kind: 'mp4', t, range, outSize: { width: 320, height: 180 } })).toBe(
      'kidal-2023-2023-11-10T0000-320x180.mp4',
    );
  });
});
