#!/usr/bin/env node
// Derives the Kidal 2023 scenario's movement geometries (and the few places/events whose position is
// derived from them) from the regional road layer plus the dated facts, so geometry and timing stay
// consistent and can be regenerated after the roads change.
//
//   node scripts/build-kidal-movements.mjs          writes geodata/kidal-2023/movements.geojson and
//                                                   updates the derived geometries in places/events
//   node scripts/build-kidal-movements.mjs --check  exits 1 if any of those files would change
//
// Rules (issue #3): a movement that uses a road has exactly that road's vertices, plus an interpolated
// vertex where it stops or waits mid-road. Times at the dated anchors come from the sources; the times of
// the other vertices are interpolated by distance along the road (constant speed between two anchors) and
// are therefore estimates. Every movement carries a per-vertex corridor half-width (coordUncertaintyKm):
// the road layer's stated accuracy, or the place's uncertainty at the ends.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import along from '@turf/along';
import distance from '@turf/distance';
import length from '@turf/length';
import { lineString, point } from '@turf/helpers';
import * as prettier from 'prettier';
import { KIDAL_SYMBOLS } from './kidal-symbols.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'geodata', 'kidal-2023');
const regionalPath = join(root, 'geodata', 'basemap', 'regional.geojson');

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** Coordinates rounded to 5 decimals (about 1 m), as RFC 7946 recommends not to over-state precision. */
export const round = (c) => [Number(c[0].toFixed(5)), Number(c[1].toFixed(5))];

/** GeoJSON as 2-space JSON, but each position and each array of numbers on one line. */
export function stringifyGeoJSON(value) {
  return (
    JSON.stringify(value, null, 2).replace(
      /\[\s*(-?\d[\d.e+-]*(?:,\s*-?\d[\d.e+-]*)*)\s*\]/g,
      (_m, inner) => {
        return '[' + inner.split(/,\s*/).join(', ') + ']';
      },
    ) + '\n'
  );
}

const km = (a, b) => distance(point(a), point(b), { units: 'kilometers' });

/** Point reached from `origin` after `distKm` on the initial bearing `bearingDeg` (great circle). */
export function destination(origin, distKm, bearingDeg) {
  const R = 6371.0088;
  const d = distKm / R;
  const b = (bearingDeg * Math.PI) / 180;
  const la1 = (origin[1] * Math.PI) / 180;
  const lo1 = (origin[0] * Math.PI) / 180;
  const la2 = Math.asin(Math.sin(la1) * Math.cos(d) + Math.cos(la1) * Math.sin(d) * Math.cos(b));
  const lo2 =
    lo1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(la1), Math.cos(d) - Math.sin(la1) * Math.sin(la2));
  return round([(lo2 * 180) / Math.PI, (la2 * 180) / Math.PI]);
}

/** A closed ring approximating a circle of `radiusKm` around `center`. */
export function circle(center, radiusKm, steps = 48) {
  const ring = [];
  for (let i = 0; i < steps; i++) ring.push(destination(center, radiusKm, (360 * i) / steps));
  ring.push(ring[0]);
  return ring;
}

/** Cumulative distance (km) of each vertex of a polyline. */
function cumulative(coords) {
  const out = [0];
  for (let i = 1; i < coords.length; i++) out.push(out[i - 1] + km(coords[i - 1], coords[i]));
  return out;
}

/** Point at `d` km along the polyline, rounded. */
function pointAlong(coords, d) {
  return round(along(lineString(coords), d, { units: 'kilometers' }).geometry.coordinates);
}

/**
 * The point on the polyline nearest its end whose straight-line distance from `target` is `km` (the line
 * is searched backwards from its end, where it must be closer than `km`). Used for "20 km from Kidal".
 */
function pointAtStraightDistanceFromEnd(coords, target, distKm) {
  const L = length(lineString(coords), { units: 'kilometers' });
  let lo = 0; // along-distance where the straight distance is > distKm
  // find a bracket by stepping back from the end
  for (let d = L; d >= 0; d -= 1) {
    if (km(pointAlong(coords, d), target) > distKm) {
      lo = d;
      break;
    }
  }
  let hi = Math.min(L, lo + 1); // along-distance where it is < distKm
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (km(along(lineString(coords), mid, { units: 'kilometers' }).geometry.coordinates, target) > distKm)
      lo = mid;
    else hi = mid;
  }
  return { along: (lo + hi) / 2, point: pointAlong(coords, (lo + hi) / 2) };
}

/**
 * Builds a timed LineString over a road polyline.
 * anchors: [{ at: km along the road, time: ISO, holdUntil?: ISO }] sorted by `at`; the first anchor
 * must be at 0 (or at the start of the used stretch) and the last at the end of the used stretch.
 * Returns { coordinates, coordTimes, along } with an interpolated vertex at each anchor that is not already
 * a road vertex, and a repeated vertex where the movement holds.
 */
function timedAlongRoad(road, anchors) {
  const cum = cumulative(road);
  const first = anchors[0].at;
  const last = anchors[anchors.length - 1].at;
  const pts = []; // { at, coord, anchor? }
  for (let i = 0; i < road.length; i++) {
    if (cum[i] >= first - 1e-9 && cum[i] <= last + 1e-9) pts.push({ at: cum[i], coord: road[i] });
  }
  for (const a of anchors) {
    const hit = pts.find((p) => Math.abs(p.at - a.at) < 0.05);
    if (hit) hit.anchor = a;
    else pts.push({ at: a.at, coord: pointAlong(road, a.at), anchor: a });
  }
  pts.sort((p, q) => p.at - q.at);
  const coordinates = [];
  const coordTimes = [];
  const at = [];
  const anchorIdx = pts.map((p, i) => (p.anchor ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < anchorIdx.length - 1; k++) {
    const i0 = anchorIdx[k];
    const i1 = anchorIdx[k + 1];
    const a0 = pts[i0];
    const a1 = pts[i1];
    const t0 = Date.parse(a0.anchor.holdUntil ?? a0.anchor.time);
    const t1 = Date.parse(a1.anchor.time);
    for (let i = i0; i <= i1; i++) {
      const p = pts[i];
      if (i === i0) {
        if (k === 0) {
          coordinates.push(p.coord);
          coordTimes.push(new Date(Date.parse(p.anchor.time)).toISOString());
          at.push(p.at);
        }
        if (p.anchor.holdUntil) {
          coordinates.push(p.coord);
          coordTimes.push(new Date(t0).toISOString());
          at.push(p.at);
        }
        continue;
      }
      const f = (p.at - a0.at) / (a1.at - a0.at);
      const t = Math.round((t0 + f * (t1 - t0)) / 60000) * 60000; // to the minute
      coordinates.push(p.coord);
      coordTimes.push(new Date(i === i1 ? t1 : t).toISOString());
      at.push(p.at);
    }
  }
  return { coordinates, coordTimes: coordTimes.map((s) => s.replace('.000Z', 'Z')), along: at };
}

/** Times for an off-road line, interpolated by distance between the first and last time. */
function timedLine(coords, t0, t1) {
  const cum = cumulative(coords);
  const L = cum[cum.length - 1];
  const a = Date.parse(t0);
  const b = Date.parse(t1);
  return cum.map((c) =>
    new Date(Math.round((a + (c / L) * (b - a)) / 60000) * 60000).toISOString().replace('.000Z', 'Z'),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Inputs

function readJSON(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Formats text exactly as `prettier --write` would for `path`, so `npm run format:check` agrees. */
async function formatAs(path, text) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

export async function build() {
  const regional = readJSON(regionalPath);
  const roadById = new Map(regional.features.map((f) => [f.properties.id, f]));
  const road = (id) => {
    const f = roadById.get(id);
    if (!f) throw new Error(`road ${id} missing from regional.geojson`);
    return f.geometry.coordinates;
  };
  const accuracy = (id) => roadById.get(id).properties.accuracyKm;

  const places = readJSON(join(dir, 'places.geojson'));
  const events = readJSON(join(dir, 'events.geojson'));
  const placeById = new Map(places.features.map((f) => [f.properties.id, f]));
  const placeCoord = (id) => placeById.get(id).geometry.coordinates;
  const placeUnc = (id) => placeById.get(id).properties.uncertaintyKm ?? 0;

  const gao = road('road-gao-anefis');
  const anefisKidal = road('road-anefis-kidal');
  const kidalAbeibara = road('track-kidal-abeibara');
  const kidalAguelhok = road('track-kidal-aguelhok');
  const KIDAL = placeCoord('place-kidal');
  const ANEFIS = placeCoord('place-anefis');
  for (const [name, a, b] of [
    ['road-gao-anefis end / place-anefis', gao[gao.length - 1], ANEFIS],
    ['road-anefis-kidal start / place-anefis', anefisKidal[0], ANEFIS],
    ['road-anefis-kidal end / place-kidal', anefisKidal[anefisKidal.length - 1], KIDAL],
  ]) {
    if (km(a, b) > 0.01) throw new Error(`${name} do not coincide`);
  }

  // ---- derived positions
  // Alkit valley: "twenty kilometers from Kidal" (Wikipedia), "between Kidal and Anéfis", "west of Kidal"
  // (HCUA via RFI): the point of the Anéfis–Kidal road 20 km in a straight line from Kidal.
  const alkit = pointAtStraightDistanceFromEnd(anefisKidal, KIDAL, 20);
  // Trench line "10 km south of Anéfis" (5 Oct): 10 km back along the road from Anéfis.
  const gaoLen = length(lineString(gao), { units: 'kilometers' });
  const trenchAt = gaoLen - 10;
  const trench = pointAlong(gao, trenchAt);
  // Southern flank (13 Nov): the route is not known. From the Alkit position, round to the south of Kidal,
  // ending 15 km from Kidal ("fifteen kilometers from Kidal", Wikipedia; Aghilhek ~15 km, RFI). Only
  // "from the south" is stated, so the end is put due south and the corridor is wide.
  const flankCoords = [
    alkit.point,
    destination(KIDAL, 24, 225),
    destination(KIDAL, 22, 200),
    destination(KIDAL, 15, 180),
  ];
  const flankTimes = timedLine(flankCoords, '2023-11-13T08:00:00Z', '2023-11-13T18:00:00Z');
  const flankLen = length(lineString(flankCoords), { units: 'kilometers' });
  const flankMid = pointAlong(flankCoords, flankLen / 2);
  const flankEnd = flankCoords[flankCoords.length - 1];
  const alkitRadius = placeUnc('place-alkit-valley') || 12;

  // ---- movements
  const corridor = (n, start, middle, end) =>
    Array.from({ length: n }, (_, i) => (i === 0 ? start : i === n - 1 ? end : middle));

  const tarkintAt = cumulative(gao)[4]; // the Tarkint vertex of road-gao-anefis (Gao + 3 vertices)
  const gaoAnefis = timedAlongRoad(gao, [
    { at: 0, time: '2023-10-02T08:00:00Z' },
    { at: tarkintAt, time: '2023-10-02T20:00:00Z' },
    { at: trenchAt, time: '2023-10-05T12:00:00Z' },
    { at: gaoLen, time: '2023-10-07T12:00:00Z' },
  ]);
  const akLen = length(lineString(anefisKidal), { units: 'kilometers' });
  const column = timedAlongRoad(anefisKidal, [
    { at: 0, time: '2023-11-10T00:00:00Z' },
    { at: alkit.along, time: '2023-11-11T15:00:00Z', holdUntil: '2023-11-13T08:00:00Z' },
    { at: akLen, time: '2023-11-14T08:00:00Z' },
  ]);
  const retreat = (coords) =>
    timedAlongRoad(coords, [
      { at: 0, time: '2023-11-14T00:00:00Z' },
      { at: length(lineString(coords), { units: 'kilometers' }), time: '2023-11-14T23:59:00Z' },
    ]);
  const rAbeibara = retreat(kidalAbeibara);
  const rAguelhok = retreat(kidalAguelhok);

  const t = (en, fr) => ({ en, fr });
  const movementFeatures = [
    {
      id: 'column-gao-anefis',
      side: 'fama-wagner',
      movementType: 'advance',
      certainty: 'estimated',
      timeCertainty: 'estimated',
      label: t(
        'Column of about 800 Malian and Russian troops, Gao → Anéfis',
        'Colonne d’environ 800 militaires maliens et russes, Gao → Anéfis',
      ),
      note: t(
        'Set out on the night of 2 October (Wikipedia; "in the morning" per RFI) and took Anéfis on 7 October. The Wikipedia article does not say where from: the origin Gao, the stage at Tarkint (night of 2 Oct) and the trench line 10 km south of Anéfis (5 Oct) come from RFI, Jeune Afrique, Sahel Intelligence, VOA/AFP and Critical Threats. About 100–119 vehicles. Route schematic (±15 km); times between those stages are interpolated.',
        'Partie dans la nuit du 2 octobre (Wikipédia ; « le matin » selon RFI), elle prend Anéfis le 7 octobre. L’article Wikipédia ne dit pas d’où : l’origine Gao, l’étape de Tarkint (nuit du 2) et la ligne de tranchées à 10 km au sud d’Anéfis (5 octobre) viennent de RFI, Jeune Afrique, Sahel Intelligence, VOA/AFP et Critical Threats. Environ 100 à 119 véhicules. Tracé schématique (±15 km) ; heures interpolées entre ces étapes.',
      ),
      sources: [
        'wikipedia-battle-of-kidal-2023',
        'rfi',
        'jeune-afrique',
        'sahel-intelligence',
        'voa',
        'critical-threats',
        'research-notes',
      ],
      disagreement: t(
        'Departure: "on the night of October 2" (Wikipedia) versus the morning of Monday 2 October (RFI). Size: about 800 troops (Wikipedia); about 115 vehicles (Jeune Afrique), 119 (Critical Threats), "about a hundred" (RFI).',
        'Départ : « dans la nuit du 2 octobre » (Wikipédia) contre le matin du lundi 2 octobre (RFI). Effectif : environ 800 hommes (Wikipédia) ; environ 115 véhicules (Jeune Afrique), 119 (Critical Threats), « une centaine » (RFI).',
      ),
      followsRoads: ['road-gao-anefis'],
      built: gaoAnefis,
      corridor: corridor(
        gaoAnefis.coordinates.length,
        placeUnc('place-gao'),
        accuracy('road-gao-anefis'),
        placeUnc('place-anefis'),
      ),
    },
    {
      id: 'column-anefis-kidal',
      side: 'fama-wagner',
      movementType: 'advance',
      certainty: 'reported',
      timeCertainty: 'estimated',
      label: t(
        'Malian army and Wagner column, Anéfis → Kidal',
        'Colonne de l’armée malienne et de Wagner, Anéfis → Kidal',
      ),
      note: t(
        'Left Anéfis on 10 November (small groups on the evening of the 9th per RFI), fought in the Alkit valley on 11 and 12 November with the front unchanged (RFI), and entered Kidal on the morning of 14 November. Only the days are sourced: the hours at each vertex are estimated and interpolated along the schematic road (±15 km).',
        'Partie d’Anéfis le 10 novembre (petits groupes dès le soir du 9 selon RFI), elle combat dans la vallée d’Alkit les 11 et 12 novembre sans que le front bouge (RFI) et entre dans Kidal le 14 au matin. Seuls les jours sont sourcés : les heures de chaque sommet sont estimées et interpolées le long de la route schématique (±15 km).',
      ),
      sources: ['wikipedia-battle-of-kidal-2023', 'rfi', 'reuters', 'ap'],
      followsRoads: ['road-anefis-kidal'],
      built: column,
      corridor: column.coordinates.map((c, i, a) =>
        i === 0
          ? placeUnc('place-anefis')
          : i === a.length - 1
            ? placeUnc('place-kidal')
            : km(c, alkit.point) < 0.01
              ? alkitRadius
              : accuracy('road-anefis-kidal'),
      ),
    },
    {
      id: 'flank-south-13nov',
      side: 'fama-wagner',
      movementType: 'flank',
      certainty: 'estimated',
      timeCertainty: 'estimated',
      label: t(
        'Flank from the south to 15 km from Kidal (route not known)',
        'Débordement par le sud jusqu’à 15 km de Kidal (itinéraire inconnu)',
      ),
      note: t(
        'On 13 November the army flanked the rebels from the south and reported reaching 15 km from Kidal (Wikipedia); fighting restarted about 08:00 from Alkit toward Aghilhek, and the CSP-PSD said "they try to go around our positions" (RFI, Wakatsera). No source gives the route: this is a plausible corridor (half-width 10–15 km), ending due south of Kidal. End time estimated.',
        'Le 13 novembre, l’armée déborde les rebelles par le sud et dit être arrivée à 15 km de Kidal (Wikipédia) ; les combats reprennent vers 8 h d’Alkit vers Aghilhek, et le CSP-PSD dit : « ils essaient de contourner nos positions » (RFI, Wakatsera). Aucune source ne donne l’itinéraire : couloir plausible (demi-largeur 10 à 15 km), finissant plein sud de Kidal. Heure d’arrivée estimée.',
      ),
      sources: ['wikipedia-battle-of-kidal-2023', 'rfi', 'wakatsera'],
      followsRoads: ['road-anefis-kidal'],
      offRoadVertices: [1, 2, 3],
      built: { coordinates: flankCoords, coordTimes: flankTimes },
      corridor: [alkitRadius, 15, 15, 10],
    },
    {
      id: 'retreat-abeibara',
      side: 'csp-psd',
      movementType: 'retreat',
      certainty: 'reported',
      timeCertainty: 'estimated',
      label: t('CSP-PSD withdrawal toward Abeïbara', 'Repli du CSP-PSD vers Abeïbara'),
      note: t(
        'CSP-PSD fighters left Kidal northward toward Abeïbara (Wikipedia); the CSP-PSD said it withdrew "for strategic reasons" (RFI, end of 14 November). When they left and when they reached Abeïbara is not known: the timing along the track is spread over 14 November only so the direction shows. Track schematic; Abeïbara uncertain by up to 30 km.',
        'Les combattants du CSP-PSD quittent Kidal vers le nord, vers Abeïbara (Wikipédia) ; le CSP-PSD dit s’être retiré « pour des raisons stratégiques » (RFI, fin du 14 novembre). On ignore quand ils sont partis et quand ils ont atteint Abeïbara : le minutage le long de la piste est réparti sur le 14 novembre pour montrer la direction. Piste schématique ; Abeïbara incertaine à 30 km près.',
      ),
      sources: ['wikipedia-battle-of-kidal-2023', 'rfi', 'maliweb'],
      followsRoads: ['track-kidal-abeibara'],
      built: rAbeibara,
      corridor: corridor(
        rAbeibara.coordinates.length,
        placeUnc('place-kidal'),
        accuracy('track-kidal-abeibara'),
        placeUnc('place-abeibara'),
      ),
    },
    {
      id: 'retreat-aguelhok',
      side: 'csp-psd',
      movementType: 'retreat',
      certainty: 'reported',
      timeCertainty: 'estimated',
      label: t('CSP-PSD withdrawal toward Aguelhok', 'Repli du CSP-PSD vers Aguelhok'),
      note: t(
        'CSP-PSD fighters left Kidal northward toward Aguelhok (Wikipedia), where the CSP-PSD had held the former MINUSMA camp since late October. Their timing beyond 14 November is not known: the timing along the track is spread over 14 November only so the direction shows. Track schematic (±20 km).',
        'Les combattants du CSP-PSD quittent Kidal vers le nord, vers Aguelhok (Wikipédia), dont le CSP-PSD tenait l’ancien camp de la MINUSMA depuis fin octobre. Leur minutage au-delà du 14 novembre est inconnu : il est réparti sur le 14 novembre pour montrer la direction. Piste schématique (±20 km).',
      ),
      sources: ['wikipedia-battle-of-kidal-2023', 'research-notes'],
      followsRoads: ['track-kidal-aguelhok'],
      built: rAguelhok,
      corridor: corridor(
        rAguelhok.coordinates.length,
        placeUnc('place-kidal'),
        accuracy('track-kidal-aguelhok'),
        placeUnc('place-aguelhok'),
      ),
    },
  ];

  const movements = {
    type: 'FeatureCollection',
    features: movementFeatures.map((m) => {
      const { built, corridor: unc, ...rest } = m;
      if (unc.length !== built.coordinates.length) throw new Error(`${m.id}: corridor length mismatch`);
      return {
        type: 'Feature',
        properties: {
          id: rest.id,
          kind: 'movement',
          side: rest.side,
          label: rest.label,
          ...(MAP_LABELS[rest.id] ? { mapLabel: MAP_LABELS[rest.id] } : {}),
          note: rest.note,
          sources: rest.sources,
          certainty: rest.certainty,
          ...(rest.timeCertainty ? { timeCertainty: rest.timeCertainty } : {}),
          movementType: rest.movementType,
          coordTimes: built.coordTimes,
          coordUncertaintyKm: unc,
          ...(rest.disagreement ? { disagreement: rest.disagreement } : {}),
          followsRoads: rest.followsRoads,
          ...(rest.offRoadVertices ? { offRoadVertices: rest.offRoadVertices } : {}),
          ...(KIDAL_SYMBOLS[rest.id] ?? {}),
        },
        geometry: { type: 'LineString', coordinates: built.coordinates.map(round) },
      };
    }),
  };

  // ---- derived geometries in places/events
  const derived = {
    'place-alkit-valley': { type: 'Point', coordinates: alkit.point },
    'place-aghilhek': { type: 'Point', coordinates: flankEnd },
    'clash-alkit-11nov': { type: 'Polygon', coordinates: [circle(alkit.point, alkitRadius)] },
    'clash-alkit-12nov': { type: 'Polygon', coordinates: [circle(alkit.point, alkitRadius)] },
    'event-l39-crash-11nov': { type: 'Point', coordinates: alkit.point },
    'clash-trench-5oct': { type: 'Point', coordinates: trench },
    'event-fama-15km-13nov': { type: 'Point', coordinates: flankEnd },
    'clash-ambushes-13nov': { type: 'Point', coordinates: flankMid },
  };
  const patch = (fc) => {
    for (const f of fc.features) {
      const g = derived[f.properties.id];
      if (g) f.geometry = g;
      Object.assign(f.properties, KIDAL_SYMBOLS[f.properties.id] ?? {});
    }
    return fc;
  };
  const seen = new Set([...places.features, ...events.features].map((f) => f.properties.id));
  for (const id of Object.keys(derived))
    if (!seen.has(id)) throw new Error(`derived feature ${id} not found`);

  const out = {
    'movements.geojson': stringifyGeoJSON(movements),
    'places.geojson': stringifyGeoJSON(patch(places)),
    'events.geojson': stringifyGeoJSON(patch(events)),
  };
  for (const name of Object.keys(out)) out[name] = await formatAs(join(dir, name), out[name]);
  return out;
}

// Short labels drawn on the map beside each movement's head; the full label is for lists and panels.
const MAP_LABELS = {
  'column-gao-anefis': { en: 'FAMa–Wagner column (origin est.)', fr: 'Colonne FAMa–Wagner (origine est.)' },
  'column-anefis-kidal': { en: 'FAMa–Wagner column', fr: 'Colonne FAMa–Wagner' },
  'flank-south-13nov': { en: 'Southern flank (route unknown)', fr: 'Débordement sud (itinéraire inconnu)' },
  'retreat-abeibara': { en: 'CSP-PSD toward Abeïbara', fr: 'CSP-PSD vers Abeïbara' },
  'retreat-aguelhok': { en: 'CSP-PSD toward Aguelhok', fr: 'CSP-PSD vers Aguelhok' },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await build();
  const check = process.argv.includes('--check');
  let stale = false;
  for (const [name, text] of Object.entries(out)) {
    const path = join(dir, name);
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      /* new file */
    }
    if (old === text) continue;
    stale = true;
    if (check) console.error(`${name} is out of date; run node scripts/build-kidal-movements.mjs`);
    else {
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    }
  }
  if (check && stale) process.exit(1);
}
