import { describe, expect, it } from 'vitest';
import { text } from '../../../../tests/support/import-helpers';
import { contextVisibleAt } from '../../../cartography/context-legend';
import { importFiles } from '../../import-files';
import { formatNote } from '../../report-text';

// The overlays of ORBAT Mapper 3.4 and later, in a small hand-written file shaped as its releases write them:
// tactical graphics on control points (a phase line moved at noon, an attack arrow with its width point, an
// objective area), a text annotation, a measurement, a hidden item, an item tied to another, an unknown kind.

const T = (iso: string) => Date.parse(iso);

async function load(name: string, doc: unknown) {
  const r = await importFiles([text(name, JSON.stringify(doc))], { now: () => 0 });
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r;
}

describe('ORBAT Mapper layer-stack items', () => {
  it('3.4: draws tactical graphics, annotations and measurements as plain shapes and says what it leaves', async () => {
    const { scenario: s, report } = await load('graphics.json', {
      type: 'ORBAT-mapper',
      version: '3.4.0',
      startTime: '2025-06-01T00:00:00Z',
      sides: [],
      events: [],
      layerStack: [
        {
          id: 'l1',
          kind: 'overlay',
          name: 'Control measures',
          items: [
            {
              id: 'pl',
              kind: 'tacticalGraphic',
              graphicKind: 'phase-line',
              controlPoints: [
                [10, 60],
                [11, 60],
              ],
              textAmplifiers: { T: 'BLUE' },
              state: [
                {
                  t: '2025-06-01T12:00:00Z',
                  patch: {
                    controlPoints: [
                      [10, 61],
                      [11, 61],
                    ],
                  },
                },
                { t: '2025-06-01T13:00:00Z', patch: { style: { stroke: '#ff0000' } } },
              ],
            },
            {
              id: 'axis',
              kind: 'tacticalGraphic',
              graphicKind: 'main-attack',
              name: 'Main attack',
              // The tip, the tail, then the point that only sets the arrow's width.
              controlPoints: [
                [11, 57],
                [12, 57],
                [11.2, 57.05],
              ],
            },
            {
              id: 'obj',
              kind: 'tacticalGraphic',
              graphicKind: 'objective-area',
              name: 'OBJ',
              controlPoints: [
                [1, 1],
                [1, 2],
                [2, 2],
                [2, 1],
              ],
            },
            {
              id: 'hidden',
              kind: 'tacticalGraphic',
              name: 'Hidden line',
              isHidden: true,
              controlPoints: [
                [10, 55],
                [11, 55],
              ],
            },
            {
              id: 'note',
              kind: 'annotation',
              anchor: { type: 'point', position: [10, 59] },
              content: { text: 'Assembly' },
            },
            {
              id: 'tied',
              kind: 'annotation',
              name: 'Tied note',
              anchor: { type: 'layerItem', layerItemId: 'pl' },
              content: {},
            },
            {
              id: 'm',
              kind: 'measurement',
              name: 'Frontage',
              source: {
                type: 'geometry',
                geometry: {
                  type: 'LineString',
                  coordinates: [
                    [10, 58],
                    [11, 58],
                  ],
                },
              },
            },
            { id: 'x', kind: 'sketch', name: 'Future thing' },
          ],
        },
      ],
    });
    const ctx = (label: string) => s.features.find((f) => f.props.label === label);
    // The phase line moves at noon, as in ORBAT Mapper: one stage before, one after.
    const [before, after] = s.features.filter((f) => f.props.label === 'BLUE');
    expect(before?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [10, 60],
        [11, 60],
      ],
    });
    expect(after?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [10, 61],
        [11, 61],
      ],
    });
    const noon = T('2025-06-01T12:00:00Z');
    expect([contextVisibleAt(before!, noon - 1), contextVisibleAt(after!, noon - 1)]).toEqual([true, false]);
    expect([contextVisibleAt(before!, noon + 1), contextVisibleAt(after!, noon + 1)]).toEqual([false, true]);
    expect(ctx('Main attack')?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [11, 57],
        [12, 57],
      ],
    });
    expect(ctx('OBJ')?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [1, 1],
          [1, 2],
          [2, 2],
          [2, 1],
          [1, 1],
        ],
      ],
    });
    expect(ctx('Assembly')?.geometry).toEqual({ type: 'Point', coordinates: [10, 59] });
    expect(ctx('Frontage')?.geometry.type).toBe('LineString');
    expect(ctx('Hidden line')).toBeUndefined();
    expect(ctx('Tied note')).toBeUndefined();
    const en = report.notes.map((n) => formatNote(n, 'en'));
    expect(en).toEqual(
      expect.arrayContaining([
        'graphics.json: 1 change(s) over time of an overlay item’s style (e.g. “BLUE”): not taken; its moves, new texts and hiding are',
        'graphics.json: 5 tactical graphic(s), annotation(s) or measurement(s) (e.g. “BLUE”) drawn as plain lines, areas or points: their military symbology, text box or figure is not drawn',
        'graphics.json: 1 overlay item(s) hidden in ORBAT Mapper (e.g. “Hidden line”): not drawn',
        'graphics.json: 2 overlay item(s) Sandtable cannot draw (e.g. “Tied note”, annotation): not drawn',
      ]),
    );
    expect(report.notes.map((n) => formatNote(n, 'fr'))).toContain(
      'graphics.json : 1 élément(s) de calque masqué(s) dans ORBAT Mapper (p. ex. « Hidden line ») : non dessiné(s)',
    );
  });
});
