import { mulberry32 } from './synthetic-scenario';

export interface AcledSyntheticOptions {
  rows: number;
  seed: number;
}

/** The columns of an ACLED export, in ACLED's order. */
export const ACLED_EXPORT_HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

const EVENTS: [type: string, sub: string, weight: number][] = [
  ['Battles', 'Armed clash', 30],
  ['Explosions/Remote violence', 'Air/drone strike', 12],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 10],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 6],
  ['Violence against civilians', 'Attack', 18],
  ['Violence against civilians', 'Abduction/forced disappearance', 6],
  ['Protests', 'Peaceful protest', 8],
  ['Strategic developments', 'Looting/property destruction', 5],
  ['Riots', 'Mob violence', 5],
];
const ACTORS = [
  'Military Forces of Mali (2021-)',
  'Wagner Group',
  'JNIM: Group for Support of Islam and Muslims',
  'Islamic State (Sahel)',
  'CSP-PSD: Permanent Strategic Framework for Peace, Security and Development',
  'Dan Na Ambassagou',
  'Civilians (Mali)',
  'Protesters (Mali)',
  'Unidentified Armed Group (Mali)',
  'Military Forces of Burkina Faso (2022-)',
  'Police Forces of Mali (2021-)',
  'GATIA: Imghad Tuareg and Allies Self-Defense Group',
];
const SOURCES = [
  'RFI',
  'Le Monde',
  'Jeune Afrique',
  'AFP',
  'Reuters',
  'Studio Tamani',
  'Malijet',
  'Maliweb',
  'Twitter',
  'Menastream',
  'Wamaps',
  'Local source',
  'Sahelien',
  'Al Jazeera',
  'BBC News',
  'Aljazeera',
  'Xinhua',
  'ANP',
];
// Regional capitals of Mali with their admin1, the places events cluster around.
const PLACES: [name: string, admin1: string, lat: number, lon: number][] = [
  ['Kidal', 'Kidal', 18.4411, 1.4078],
  ['Gao', 'Gao', 16.2666, -0.0403],
  ['Timbuktu', 'Tombouctou', 16.7735, -3.0074],
  ['Mopti', 'Mopti', 14.4843, -4.1827],
  ['Menaka', 'Menaka', 15.9182, 2.4022],
  ['Segou', 'Segou', 13.4317, -6.2157],
  ['Bamako', 'Bamako', 12.6392, -8.0029],
  ['Douentza', 'Mopti', 15.0019, -2.9498],
  ['Ansongo', 'Gao', 15.6597, 0.5022],
  ['Tessalit', 'Kidal', 20.1986, 1.0114],
  ['Anefis', 'Kidal', 17.947, 0.5165],
  ['Ber', 'Tombouctou', 16.8481, -2.4942],
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A seeded ACLED-like export for benchmarks: realistic columns, event mix, precisions (mostly 1, some 2 and
 * 3), both date styles, several sources per row and notes with commas, quotes and line breaks, so the CSV
 * parser does real work. The same seed gives the same bytes on every machine.
 */
export function acledSyntheticCsv({ rows, seed }: AcledSyntheticOptions): string {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const totalWeight = EVENTS.reduce((n, e) => n + e[2], 0);
  const lines = [ACLED_EXPORT_HEADER.join(',')];
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    let w = rand() * totalWeight;
    const [type, sub] = EVENTS.find((e) => (w -= e[2]) < 0) ?? (EVENTS[0] as (typeof EVENTS)[number]);
    const [place, admin1, lat0, lon0] = pick(PLACES);
    const day = new Date(start + Math.floor(rand() * 365) * 86_400_000);
    const date =
      rand() < 0.5
        ? day.toISOString().slice(0, 10)
        : `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const r = rand();
    const timeP = r < 0.75 ? 1 : r < 0.93 ? 2 : 3;
    const geoP = rand() < 0.7 ? 1 : rand() < 0.8 ? 2 : 3;
    const spread = geoP === 1 ? 0.02 : geoP === 2 ? 0.2 : 0.8;
    const actor1 = pick(ACTORS);
    const actor2 = rand() < 0.7 ? pick(ACTORS) : '';
    const sources = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(SOURCES));
    const fatalities = type === 'Protests' ? 0 : rand() < 0.6 ? 0 : Math.floor(rand() ** 3 * 60);
    const notes =
      `On ${date}, ${actor1} ${type === 'Battles' ? 'clashed with' : 'targeted'} ${actor2 || 'unknown actors'} near ${place} (${admin1}).` +
      (rand() < 0.3 ? ` Sources report "at least ${fatalities} killed",\nfigures unverified.` : '') +
      ` [size=no report]`;
    const row = [
      `MLI${100000 + i}`,
      date,
      String(day.getUTCFullYear()),
      String(timeP),
      'Political violence',
      type,
      sub,
      actor1,
      '',
      'State forces',
      actor2,
      '',
      actor2 ? 'Rebel group' : '',
      '',
      '',
      '466',
      'Western Africa',
      'Mali',
      admin1,
      place,
      place,
      place,
      (lat0 + (rand() - 0.5) * spread).toFixed(4),
      (lon0 + (rand() - 0.5) * spread).toFixed(4),
      String(geoP),
      [...new Set(sources)].join('; '),
      'National-International',
      notes,
      String(fatalities),
      '',
      String(1_700_000_000 + i),
    ];
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
