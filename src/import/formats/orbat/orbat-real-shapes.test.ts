import { describe, expect, it } from 'vitest';
import { text } from '../../../../tests/support/import-helpers';
import { contextVisibleAt } from '../../../cartography/context-legend';
import { formatLoadError } from '../../../scenario/load-error';
import { importFiles } from '../../import-files';
import { formatNote } from '../../report-text';

// Small hand-written files in the shapes real ORBAT Mapper files have (checked against files its releases
// wrote, 0.5 to 3.6): units under groups' `units` (0.5), side-level root-unit templates (0.40), features
// named in `meta` (0.30–3.1), groups left empty with units straight under the side, tactical graphics,
// annotations and measurements in the layer stack (3.4), events `where` an area.

const T = (iso: string) => Date.parse(iso);

async function load(name: string, doc: unknown) {
  const r = await importFiles([text(name, JSON.stringify(doc))], { now: () => 0 });
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return { ...r, notes: r.report.notes.map((n) => formatNote(n, 'en')) };
}

const unit = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  sidc: '10031000151211000000',
  ...extra,
});

describe('ORBAT Mapper files in the shapes its releases wrote', () => {
  it('0.5: takes the units of groups’ `units`, number times, and a unit withdrawn then back', async () => {
    const { scenario: s, notes } = await load('early.json', {
      type: 'ORBAT-mapper',
      version: '0.5.0',
      startTime: T('1982-04-01T00:00:00Z'),
      sides: [
        {
          name: 'Blue',
          standardIdentity: '3',
          groups: [
            {
              name: 'Group',
              units: [
                unit('party', {
                  state: [
                    { t: T('1982-04-01T00:00:00Z'), location: [-57.9, -51.68] },
                    { t: T('1982-04-02T00:00:00Z'), location: null },
                    { t: T('1982-04-04T00:00:00Z'), location: [-57.87, -51.69] },
                  ],
                  subUnits: [
                    unit('ship', {
                      state: [
                        { t: T('1982-04-01T00:00:00Z'), location: [-57.8, -51.7] },
                        { t: T('1982-04-03T00:00:00Z'), location: [-57.6, -51.6] },
                      ],
                    }),
                  ],
                }),
              ],
            },
          ],
        },
      ],
      events: [{ title: 'Invasion', startTime: T('1982-04-02T00:00:00Z') }],
      layers: [],
    });
    expect(s.movements.map((m) => m.props.label)).toEqual(['SHIP']);
    // Back on the map after `location: null`: a second stretch, appearing when the unit is back.
    const party = s.features.filter((f) => f.props.label === 'PARTY');
    expect(party.map((f) => [f.id, f.appears])).toEqual([
      ['party', T('1982-04-01T00:00:00Z')],
      ['party-2', T('1982-04-04T00:00:00Z')],
    ]);
    expect(notes).toContain(
      'early.json: 1 unit(s) leave the map at a state without a location: Sandtable cannot hide a unit, so each stays where it was last seen until its next position, if any',
    );
    expect(notes[0]).toContain('“Invasion”');
  });

  it('0.40: a side’s root-unit templates are not units; older features are named from their `meta`', async () => {
    const { scenario: s, notes } = await load('templates.json', {
      type: 'ORBAT-mapper',
      version: '0.40.0',
      startTime: '1940-04-08T12:00:00+02:00',
      sides: [
        {
          name: 'Norway',
          standardIdentity: '3',
          units: [{ rootUnitName: 'HQ', rootUnitEchelon: '18', rootUnitIcon: '121100' }],
          groups: [{ name: 'Units', subUnits: [unit('hq', { location: [10.49, 59.43], state: [] })] }],
        },
      ],
      layers: [
        {
          name: 'Features',
          features: [
            {
              type: 'Feature',
              id: 'f1',
              geometry: { type: 'Point', coordinates: [10.7, 59.21] },
              properties: {},
              style: { 'marker-symbol': 'star' },
              meta: { type: 'Point', name: 'Coastal fort' },
            },
            {
              type: 'Feature',
              id: 'f2',
              geometry: { type: 'Point', coordinates: [10.6, 59.1] },
              properties: {},
              meta: {
                type: 'Circle',
                radius: 5000,
                name: 'Minefield',
                visibleFromT: '1940-04-08T13:00:00+02:00',
              },
            },
          ],
        },
      ],
      events: [],
    });
    expect(s.features.filter((f) => f.kind === 'place').map((f) => f.props.label)).toEqual(['HQ']);
    expect(notes.some((n) => n.includes('never placed'))).toBe(false);
    const fort = s.features.find((f) => f.props.label === 'Coastal fort')!;
    expect(fort).toMatchObject({ kind: 'context', props: { layer: 'Features' } });
    const minefield = s.features.find((f) => f.props.label === 'Minefield')!;
    expect(minefield.geometry.type).toBe('Polygon');
    expect(contextVisibleAt(minefield, T('1940-04-08T10:30:00Z'))).toBe(false);
    expect(contextVisibleAt(minefield, T('1940-04-08T11:30:00Z'))).toBe(true);
  });

  it('3.6: units straight under a side, title-only states, viaStartTime without via, events in an area', async () => {
    const { scenario: s } = await load('current.json', {
      type: 'ORBAT-mapper',
      version: '3.6.0',
      startTime: '1985-06-06T00:00:00+02:00',
      timeZone: 'Europe/Berlin',
      sides: [
        {
          name: 'NATO',
          standardIdentity: '3',
          groups: [],
          subUnits: [
            unit('div', {
              equipment: [{ name: 'Leopard 1A4', count: 250 }],
              personnel: [{ name: 'Personnel', count: 18500 }],
              status: 'Combat effective',
              state: [
                { id: 's1', t: '1985-06-06T00:00:00+02:00', location: [10.0, 54.0] },
                { id: 's2', t: '1985-06-07T06:00:00+02:00', title: 'Moves east' },
                {
                  id: 's3',
                  t: '1985-06-08T00:00:00+02:00',
                  location: [11.0, 54.0],
                  viaStartTime: '1985-06-07T12:00:00+02:00',
                },
                {
                  id: 's4',
                  t: '1985-06-09T00:00:00+02:00',
                  diff: { equipment: [{ name: 'Leopard 1A4', onHand: -26 }] },
                  status: 'Degraded',
                },
              ],
            }),
          ],
        },
        { name: 'Warsaw Pact', standardIdentity: '6', groups: [] },
      ],
      events: [
        {
          id: 'e2',
          title: 'Landing',
          startTime: '1985-06-07T01:00:00+02:00',
          where: {
            type: 'geometry',
            geometry: {
              type: 'Feature',
              properties: {},
              geometry: { type: 'Point', coordinates: [-22.6, 64] },
            },
          },
        },
        {
          id: 'e3',
          title: 'Bare',
          startTime: '1985-06-07T02:00:00+02:00',
          where: { type: 'Point', coordinates: [5, 50] },
        },
        {
          id: 'e1',
          title: 'H-hour',
          startTime: '1985-06-07T00:00:00+02:00',
          where: {
            type: 'geometry',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [6, 49],
                  [14, 49],
                  [14, 55],
                  [6, 55],
                  [6, 49],
                ],
              ],
            },
          },
        },
      ],
      layerStack: [],
      settings: {
        rangeRingGroups: [],
        statuses: [],
        supplyClasses: [],
        supplyUoMs: [],
        customSymbols: [],
        map: { baseMapId: 'osm' },
      },
    });
    const div = s.movements.find((m) => m.props.label === 'DIV')!;
    // It waits where it is until viaStartTime, then goes straight on.
    expect(div.track.coords).toEqual([
      [10, 54],
      [10, 54],
      [11, 54],
    ]);
    expect([...div.track.times]).toEqual([
      T('1985-06-05T22:00:00Z'),
      T('1985-06-07T10:00:00Z'),
      T('1985-06-07T22:00:00Z'),
    ]);
    expect(div.props.foreign).toMatchObject({
      equipment: [{ name: 'Leopard 1A4', count: 250 }],
      personnel: [{ name: 'Personnel', count: 18500 }],
    });
    // A title without a location is an event where the unit is then (still waiting at its start).
    expect(s.features.find((f) => f.props.label === 'Moves east')?.geometry).toEqual({
      type: 'Point',
      coordinates: [10, 54],
    });
    // An event in an area is at its middle, not at a corner.
    // A GeoJSON feature, or a bare geometry, in place of the geometry ORBAT Mapper writes, is read too.
    expect(s.features.find((f) => f.props.label === 'Landing')?.geometry).toEqual({
      type: 'Point',
      coordinates: [-22.6, 64],
    });
    expect(s.features.find((f) => f.props.label === 'Bare')?.geometry).toEqual({
      type: 'Point',
      coordinates: [5, 50],
    });
    expect(s.features.find((f) => f.props.label === 'H-hour')?.geometry).toEqual({
      type: 'Point',
      coordinates: [10, 52],
    });
    expect(s.sideById.get('nato')?.color).toBe('#0072B2');
  });

  it('reads times written without a zone (by other tools) in the scenario’s zone, and says so', async () => {
    const { scenario: s, notes } = await load('zoneless.json', {
      type: 'ORBAT-mapper',
      version: '0.37.0',
      timeZone: 'Europe/London',
      startTime: '2024-07-01T10:00:00',
      sides: [
        {
          name: 'Blue',
          groups: [
            {
              name: 'G',
              subUnits: [
                unit('hq', {
                  state: [
                    { id: 'a', t: '2024-07-01T10:00:00', location: [0, 51] },
                    { id: 'b', t: '2024-07-01T12:00:00.250000Z', location: [1, 51] },
                  ],
                }),
              ],
            },
          ],
        },
      ],
    });
    // 10:00 in London in July is 09:00 UTC, whatever the zone of the machine opening the file.
    expect([...s.movements[0]!.track.times]).toEqual([
      T('2024-07-01T09:00:00Z'),
      T('2024-07-01T12:00:00.250Z'),
    ]);
    expect(notes).toContain(
      'zoneless.json: 2 time(s) without a zone (e.g. 2024-07-01T10:00:00) read as Europe/London',
    );
  });

  it('says when the scenario’s time zone is one it does not know, and shows UTC', async () => {
    const { scenario: s, notes } = await load('zone.json', {
      type: 'ORBAT-mapper',
      version: '3.6.0',
      timeZone: 'Mars/Olympus',
      startTime: '2025-06-01T00:00:00Z',
      sides: [{ name: 'Blue', groups: [{ name: 'G', subUnits: [unit('hq', { location: [1, 1] })] }] }],
    });
    expect(s.timeZone).toBe('UTC');
    expect(notes).toContain('zone.json: time zone “Mars/Olympus” unknown: times shown in UTC');
  });

  it('colours sides as ORBAT Mapper does, and never two sides alike', async () => {
    const placed = (name: string, standardIdentity: string, lon: number) => ({
      name,
      standardIdentity,
      groups: [{ name: 'G', subUnits: [unit(name.toLowerCase(), { location: [lon, 0] })] }],
    });
    const { scenario: s } = await load('colours.json', {
      type: 'ORBAT-mapper',
      version: '0.6.0',
      sides: [placed('Red', '6', 1), placed('Odd', '7', 2), placed('Blue', '3', 3), placed('Also', '3', 4)],
    });
    const colours = ['red', 'odd', 'blue', 'also'].map((id) => s.sideById.get(id)?.color.toUpperCase());
    // Hostile red, friend blue; an identity ORBAT Mapper files carry but no standard has, and a second friendly
    // side, take free palette colours.
    expect([colours[0], colours[2]]).toEqual(['#D55E00', '#0072B2']);
    expect(new Set(colours).size).toBe(4);
  });

  it('says a scenario with no unit placed is an order of battle with nothing to show, in both languages', async () => {
    const r = await importFiles(
      [
        text(
          'orbat-only.json',
          JSON.stringify({
            type: 'ORBAT-mapper',
            version: '0.6.0',
            sides: [
              { name: 'Blue', groups: [{ name: 'G', subUnits: [unit('a', { state: [] }), unit('b')] }] },
            ],
          }),
        ),
      ],
      { now: () => 0 },
    );
    if (r.ok) throw new Error('nothing should load');
    expect(r.errors).toHaveLength(1);
    expect(formatLoadError(r.errors[0]!)).toMatch(
      /orbat-only\.json.*sides.*2 unit\(s\), none with a position/,
    );
    expect(formatLoadError(r.errors[0]!, 'fr')).toMatch(/2 unité\(s\), aucune avec une position/);
  });

  it('still names the file, the unit and the field of a bad position', async () => {
    const r = await importFiles(
      [
        text(
          'bad.json',
          JSON.stringify({
            type: 'ORBAT-mapper',
            version: '3.6.0',
            sides: [
              {
                name: 'Blue',
                groups: [
                  {
                    name: 'G',
                    subUnits: [unit('good', { location: [1, 1] }), unit('lost', { location: [200, 95] })],
                  },
                ],
              },
            ],
          }),
        ),
      ],
      { now: () => 0 },
    );
    if (!r.ok) throw new Error('the good unit should load');
    const [bad] = r.report.rejected;
    expect(bad).toMatchObject({ file: 'bad.json', feature: 'lost' });
    expect(formatLoadError(bad!)).toMatch(/bad\.json.*lost.*coordinates/);
  });
});
