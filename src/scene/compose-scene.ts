import type { Layer } from '@deck.gl/core';
import { legendForFrame } from '../cartography/legend-for-frame';
import type { Density } from '../cartography/density';
import { densityInView, eventCells, viewBox } from '../cartography/in-view';
import type { LegendEntry } from '../cartography/legend-entry';
import {
  labelScale,
  mapLabels,
  placeMapLabels,
  reservedBoxes,
  type PlacedMapLabel,
} from '../cartography/map-labels';
import type { Box } from '../cartography/place-labels';
import { frameAt, type Frame } from '../frame/frame-at';
import type { FurnitureInput, Rect } from '../furniture/furniture-input';
import { furnitureRects, planFurniture, type FurniturePlan } from '../furniture/furniture-layout';
import { localize } from '../i18n/localize';
import { buildLayers } from '../layers/build-layers';
import { viewportOf, type Viewport } from '../map/viewport';
import { creditsFor, type Credits } from './credits';
import { creditsInView } from './drawn-credits';
import type { FrameRequest } from './frame-request';
import { focusBox } from './focus';
import { furnitureInputFor } from './scene-furniture';
import { symbolBoxes, symbolLegendEntries, symbolsOnMap } from './scene-symbols';
import { declutterSymbols } from './symbol-declutter';

/** composeScene's input: one frame request (see frame-request.ts). */
export type SceneInput = FrameRequest;

/** One frame, composed: what the map layers draw, what the furniture draws over them, and what both say. */
export interface Scene {
  frame: Frame;
  viewport: Viewport;
  legend: LegendEntry[];
  /** Map labels placed clear of each other and of the furniture. */
  labels: PlacedMapLabel[];
  furniture: { input: FurnitureInput; plan: FurniturePlan };
  /** The screen box of the action at t (null when nothing is happening in view). */
  focus: Rect | null;
  /** How dense the frame is and how its symbols adapt (campaign arrows, slim tracks, heads; events grouped). */
  density: Density;
  credits: Credits;
  /** deck.gl layers, bottom to top, with stable ids. */
  layers: Layer[];
}

/** Labels keep this far from the furniture's panels, CSS px. */
const FURNITURE_MARGIN = 4;

/**
 * The one composition of a frame, for the screen and every export: the scenario at t (frameAt), its legend,
 * the furniture laid out once, labels placed around that furniture, and the layers. A pure function of its
 * input: no map, no DOM, no clock.
 */
export function composeScene(input: FrameRequest): Scene {
  const { scenario, theme, lang, assets } = input;
  const frame = frameAt(scenario, input.t);
  const viewport = viewportOf(input.camera, input.size);
  // Symbols, labels and events adapt to how many features are in view (a pure function of the frame).
  const density = densityInView(scenario, frame, viewport);
  const symbolsInFrame = input.symbols ? symbolsOnMap(scenario, frame, viewport, input.symbols) : [];
  const symbolLines = symbolLegendEntries(scenario, frame, symbolsInFrame);
  const legend = [...legendForFrame({ scenario, frame, theme, density }), ...symbolLines.entries];
  const credits = creditsFor(scenario, creditsInView(input.basemap, viewport.bounds()), lang);
  const labelled = mapLabels(scenario, frame, lang, labelScale(input.size.width, input.size.height));
  const focus = focusBox(frame, viewport, labelled);
  const furnitureInput = furnitureInputFor({
    scenario,
    frame,
    viewport,
    theme,
    lang,
    legend,
    credits,
    avoid: input.avoid === undefined ? focus : input.avoid,
    options: input,
    ...(input.basemapDetail && { basemapDetail: input.basemapDetail }),
    ...(input.symbols && { symbols: input.symbols }),
    ...(assets.world && { world: assets.world }),
    ...(symbolLines.framesNote && { note: localize(symbolLines.framesNote, lang) }),
  });
  const plan = planFurniture(furnitureInput, assets.measure);
  const obstacles: Box[] = Object.values(furnitureRects(plan)).map((r) => ({
    x0: r.x - FURNITURE_MARGIN,
    y0: r.y - FURNITURE_MARGIN,
    x1: r.x + r.w + FURNITURE_MARGIN,
    y1: r.y + r.h + FURNITURE_MARGIN,
  }));
  // Symbols keep clear of each other and of the towns' names; then labels keep clear of them, as of the furniture.
  const placedSymbols = input.symbols
    ? declutterSymbols(symbolsInFrame, viewport, input.symbols, reservedBoxes(labelled, viewport))
    : [];
  if (input.symbols) obstacles.push(...symbolBoxes(placedSymbols, viewport, input.symbols));
  const labels = placeMapLabels(labelled, viewport, obstacles, density.labelBudget);
  const layers = buildLayers({
    scenario,
    frame,
    theme,
    lang,
    icons: assets.icons,
    labels,
    zoom: input.camera.zoom,
    density,
    viewBox: viewBox(viewport, 0.05),
    ...(density.aggregateEvents && { eventCells: eventCells(scenario, frame.t, viewport, density.cellPx) }),
    ...(input.symbols && { symbols: { atlas: input.symbols, placed: placedSymbols } }),
  });
  return {
    frame,
    viewport,
    legend,
    labels,
    furniture: { input: furnitureInput, plan },
    focus,
    density,
    credits,
    layers,
  };
}
