import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOREIGN_DIR, readInput } from '../../tests/support/import-helpers';
import { importFiles } from './import-files';
import { packResult, unpackResult } from './result-transfer';

describe('packResult / unpackResult', () => {
  it('moves every coordinate through a structured clone and puts it back as it was', async () => {
    const inputs = ['context.geojson', 'orbat-mapper.json', 'togeojson-0x.geojson', 'gps-glitches.gpx'].map(
      (n) => readInput(join(FOREIGN_DIR, n)),
    );
    const original = await importFiles(inputs);
    const copy = structuredClone(original);
    const { result, transfer } = packResult(copy);
    expect(transfer).toHaveLength(2);
    const sent = structuredClone(result, { transfer });
    // What crosses holds no coordinate arrays, only references into the two buffers.
    expect(JSON.stringify(sent)).not.toMatch(/"coordinates":\[\[/);
    expect(await unpackResult(sent, 0)).toEqual(original);
  });

  it('leaves a failed import alone', async () => {
    const failed = await importFiles([]);
    expect(packResult(failed)).toEqual({ result: failed, transfer: [] });
    expect(await unpackResult(failed)).toBe(failed);
  });
});
