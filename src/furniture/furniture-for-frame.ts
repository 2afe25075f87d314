import type { StyleSpecification } from 'maplibre-gl';
import { legendForFrame } from '../cartography/legend-for-frame';
import type { Frame } from '../engine/frame-at';
import { localize, type Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';
import { formatDateTime } from '../time/format-time';
import type { FurnitureInput } from './furniture-input';
import type { Theme } from '../model/theme';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  bounds: [[number, number], [number, number]];
}

const NOTE = {
  en: 'Dashed lines, bands and circles mark estimates and their margin of error; claims are labelled with who makes them. Every feature cites its sources.',
  fr: 'Tirets, bandes et cercles marquent les estimations et leur marge d’erreur ; les revendications indiquent qui les fait. Chaque élément cite ses sources.',
};

/** Credits: the basemap's sources as its style declares them, then the scenario's outlets. */
export function attributionFor(scenario: Scenario, style: StyleSpecification, lang: Lang): string {
  const basemap = [
    ...new Set(
      Object.values(style.sources).flatMap((s) =>
        'attribution' in s && s.attribution ? [s.attribution] : [],
      ),
    ),
  ];
  // The most-cited outlets by name; the full list, with what each reported, is in the scenario.
  const cites = new Map<string, number>();
  for (const f of scenario.features) {
    for (const id of f.props.sources) {
      const publisher = scenario.sourceById.get(id)?.publisher;
      if (publisher) cites.set(publisher, (cites.get(publisher) ?? 0) + 1);
    }
  }
  const outlets = [...cites.keys()].sort(
    (a, b) => (cites.get(b) ?? 0) - (cites.get(a) ?? 0) || a.localeCompare(b),
  );
  const more = outlets.length - 3;
  const others = lang === 'fr' ? `et ${more} autres` : `and ${more} more`;
  const named = outlets.slice(0, 3).join(', ') + (more > 0 ? ` ${others}` : '');
  return `${basemap.join(' · ')} · Sources: ${named}`;
}

/** What the furniture draws for a frame: a pure function of scenario, t, camera and display options. */
export function furnitureForFrame(options: {
  scenario: Scenario;
  frame: Frame;
  camera: Camera;
  theme: Theme;
  lang: Lang;
  attribution: string;
}): Omit<FurnitureInput, 'width' | 'height' | 'pixelRatio'> {
  const { scenario, frame, camera, theme, lang } = options;
  return {
    theme,
    lang,
    title: localize(scenario.title, lang),
    timeLabel: formatDateTime(frame.t, scenario.timeZone, lang),
    center: camera.center,
    zoom: camera.zoom,
    bearing: camera.bearing,
    bounds: camera.bounds,
    legend: legendForFrame({ scenario, frame, theme, lang }),
    attribution: options.attribution,
    uncertaintyNote: NOTE[lang],
  };
}
