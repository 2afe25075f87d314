import type { Lang } from '../i18n/localize';
import type { MovementFeature, Scenario, ScenarioFeature } from '../model/scenario';
import { symbolIcon } from '../symbols/symbol-icons';
import { kmlGeometry, uncertaintyShape } from './kml-geometry';
import {
  describe,
  ExportNotes,
  fileNameOf,
  iso,
  sideColor,
  sideName,
  text,
  timesOf,
  type DataExport,
} from './shared';

// KML that Google Earth plays on its time slider: movements as gx:Track (a <when> per vertex), events at their
// TimeStamp or over their TimeSpan, sides as styles in their colours, uncertainty as described text and as
// polygons. Sandtable's KML import reads it back (the ExtendedData carries kind, side and certainty).

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Control characters other than tab and newlines are not allowed in XML 1.0.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** #rrggbb at an opacity as KML's aabbggrr. */
function kmlColor(hex: string, alpha = 1): string {
  const a = Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0');
  return `${a}${hex.slice(5, 7)}${hex.slice(3, 5)}${hex.slice(1, 3)}`.toLowerCase();
}

const styleId = (side: string) => `side-${side}`;

/** Icons a KMZ carries: the file name in the archive for each drawn symbol key. */
export type IconFiles = ReadonlyMap<string, string>;

function styles(scenario: Scenario, icons: IconFiles | undefined, iconKeys: Set<string>): string {
  const out = scenario.sides.map((s) => {
    const c = sideColor(scenario, s.id);
    return `<Style id="${xml(styleId(s.id))}"><IconStyle><color>${kmlColor(c)}</color></IconStyle><LineStyle><color>${kmlColor(c)}</color><width>3</width></LineStyle><PolyStyle><color>${kmlColor(c, 0.25)}</color></PolyStyle></Style>`;
  });
  for (const key of [...iconKeys].sort()) {
    const href = icons?.get(key);
    if (!href) continue;
    const side = key.includes('@') ? key.slice(key.indexOf('@') + 1) : '';
    const c = sideColor(scenario, side);
    out.push(
      `<Style id="${xml(`icon-${key.replace('@', '-')}`)}"><IconStyle><scale>1.4</scale><Icon><href>${xml(href)}</href></Icon></IconStyle><LineStyle><color>${kmlColor(c)}</color><width>3</width></LineStyle><PolyStyle><color>${kmlColor(c, 0.25)}</color></PolyStyle></Style>`,
    );
  }
  return out.join('\n');
}

function timePrimitive(f: ScenarioFeature): string {
  const t = timesOf(f);
  if (t.time) return `<TimeStamp><when>${t.time}</when></TimeStamp>`;
  if (t.start) return `<TimeSpan><begin>${t.start}</begin>${t.end ? `<end>${t.end}</end>` : ''}</TimeSpan>`;
  return '';
}

function extendedData(fields: Record<string, string | undefined>): string {
  const data = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<Data name="${k}"><value>${xml(v as string)}</value></Data>`);
  return `<ExtendedData>${data.join('')}</ExtendedData>`;
}

function track(m: MovementFeature): string {
  const when = Array.from(m.track.times, (t) => `<when>${iso(t)}</when>`).join('');
  const coords = m.track.coords.map((p) => `<gx:coord>${p[0]} ${p[1]} 0</gx:coord>`).join('');
  return `<gx:Track><altitudeMode>clampToGround</altitudeMode>${when}${coords}</gx:Track>`;
}

interface KmlOptions {
  lang?: Lang;
  /** For a KMZ: the icon file of each symbol key, so units show their symbols. */
  icons?: IconFiles;
}

/** The symbol key (as Sandtable's atlas names it) a feature's icon would use. */
export const iconKey = (scenario: Scenario, f: ScenarioFeature) =>
  f.props.sidc ? symbolIcon(scenario, f.props.sidc, f.props.side).key : undefined;

export function kmlDocument(
  scenario: Scenario,
  options: KmlOptions = {},
): { kml: string; notes: ExportNotes } {
  const lang = options.lang ?? 'en';
  const notes = new ExportNotes();
  notes.add('noteDataCertainty');
  const folders = new Map<string, string[]>();
  const add = (folder: string, placemark: string) =>
    folders.set(folder, [...(folders.get(folder) ?? []), placemark]);
  const iconKeys = new Set<string>();
  let shapes = 0;
  for (const f of scenario.features) {
    const key = iconKey(scenario, f);
    const hasIcon = key !== undefined && options.icons?.has(key);
    if (hasIcon) iconKeys.add(key);
    const style = hasIcon ? `icon-${key.replace('@', '-')}` : styleId(f.props.side);
    const t = timesOf(f);
    const data = extendedData({
      kind: f.kind,
      side: f.props.side,
      certainty: f.props.certainty,
      claimedBy: f.props.claimedBy,
      sidc: f.props.sidc,
      sideName: sideName(scenario, f.props.side, lang),
      ...(f.kind === 'movement' ? {} : t),
    });
    const head = `<Placemark id="${xml(f.id)}"><name>${xml(text(f.props.label, lang))}</name><description>${xml(describe(scenario, f, lang))}</description><styleUrl>#${xml(style)}</styleUrl>${data}`;
    if (f.kind === 'movement') add('Movements', `${head}${track(f as MovementFeature)}</Placemark>`);
    else add(folderOf(f.kind), `${head}${timePrimitive(f)}${kmlGeometry(f.geometry)}</Placemark>`);
    const shape = uncertaintyShape(f.geometry, f.props.uncertaintyKm, f.props.coordUncertaintyKm);
    if (shape) {
      shapes++;
      const span = Number.isFinite(f.appears)
        ? `<TimeSpan><begin>${iso(f.appears)}</begin>${Number.isFinite(f.until) && f.until > f.appears ? `<end>${iso(f.until)}</end>` : ''}</TimeSpan>`
        : '';
      add(
        'Uncertainty',
        `<Placemark id="${xml(`${f.id}-uncertainty`)}"><name>${xml(text(f.props.label, lang))} (±)</name><styleUrl>#${xml(styleId(f.props.side))}</styleUrl>${extendedData({ kind: 'context', side: f.props.side, certainty: f.props.certainty, layer: 'Uncertainty' })}${span}${kmlGeometry(shape)}</Placemark>`,
      );
    }
  }
  if (shapes) notes.add('noteDataUncertaintyShapes', { count: shapes });
  if (scenario.chapters.length) notes.add('noteDataChapters', { count: scenario.chapters.length });
  if (scenario.features.some((f) => f.control.length)) notes.add('noteDataControl');
  const changing = scenario.features.filter((f) => f.props.sidcChanges?.length).length;
  if (changing) notes.add('noteDataSymbolChanges', { count: changing });
  const body = [...folders]
    .map(([name, marks]) => `<Folder><name>${name}</name>\n${marks.join('\n')}\n</Folder>`)
    .join('\n');
  const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document><name>${xml(text(scenario.title, lang))}</name>${scenario.description ? `<description>${xml(text(scenario.description, lang))}</description>` : ''}
${styles(scenario, options.icons, iconKeys)}
${body}
</Document>
</kml>
`;
  return { kml, notes };
}

function folderOf(kind: string): string {
  if (kind === 'event' || kind === 'strike' || kind === 'clash') return 'Events';
  if (kind === 'context') return 'Context';
  return 'Places and areas';
}

export function exportKml(scenario: Scenario, lang: Lang = 'en'): DataExport {
  const { kml, notes } = kmlDocument(scenario, { lang });
  return {
    data: kml,
    mime: 'application/vnd.google-earth.kml+xml',
    fileName: fileNameOf(scenario, 'kml'),
    notes: notes.render(lang),
  };
}
