import type { ExportJob } from '../export/exporter';
import type { ExportSize } from '../export/export-sizes';
import type { LegendChoice } from '../furniture/furniture-input';
import type { Size } from '../map/viewport';
import type { Camera } from '../model/camera';
import { resourcesLook, type FrameLook, type FrameResources } from '../scene/frame-request';
import type { AppState } from './app-state.svelte';

/** What of the app's state a frame's look reads: the toggles, the language, the presenter. */
export type AppLookState = Pick<
  AppState,
  'theme' | 'lang' | 'legendForm' | 'presenting' | 'chapter' | 'showSymbols'
>;

/**
 * The look of the frame on screen: the app's theme, language and legend form, the presenter's card while
 * presenting (of the chapter chosen, else of the one t is in), the unit symbols when the toggle is on, the
 * screen's advice. The one place the screen's look is assembled (the map, the framing and the API read it).
 */
export function screenLook(app: AppLookState, size: Size, r: FrameResources): FrameLook {
  const { symbols, ...rest } = r;
  return {
    size,
    theme: app.theme,
    lang: app.lang,
    ...resourcesLook({ ...rest, ...(app.showSymbols && symbols && { symbols }) }),
    legendForm: app.legendForm,
    ...(app.presenting && { presenter: { ...(app.chapter && { chapter: app.chapter }) } }),
  };
}

/** What of the app's state an export job reads: the scenario, the camera and how the map looks. */
export type AppJobState = Pick<
  AppState,
  'scenario' | 'camera' | 'theme' | 'lang' | 'relief' | 'userBasemap' | 'showSymbols'
>;

/** How an export is asked for beyond the app's state: its size, legend, and a camera other than the screen's. */
export interface JobOptions {
  size: ExportSize;
  legendForm?: LegendChoice;
  /** Overrides part of the screen's camera (the API's `view`). */
  view?: Partial<Camera>;
}

/**
 * An export of what the screen shows now (its scenario, camera, theme, language, basemap and symbols) at the
 * size asked for: the Export dialog, Snapshot and the scripting API all build their jobs here.
 */
export function appExportJob(app: AppJobState, o: JobOptions): ExportJob {
  return {
    scenario: app.scenario,
    theme: app.theme,
    lang: app.lang,
    camera: { ...app.camera, ...o.view },
    size: o.size,
    legendForm: o.legendForm ?? 'auto',
    symbols: app.showSymbols,
    // The basemap as on screen: its relief, or the user's own file.
    relief: app.relief,
    ...(app.userBasemap && { basemap: app.userBasemap }),
  };
}
