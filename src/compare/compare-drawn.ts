import type { MapView } from '../map/map-view';

/**
 * The compare map in view, for scripts that wait for it to be drawn (`setCompare`) and the bench. Set by
 * CompareCanvas while it is mounted; a waiter asked for before the map exists is answered once it does.
 */
let current: MapView | undefined;
let waiters: ((view: MapView) => void)[] = [];

export function compareMapShown(view: MapView | undefined): void {
  current = view;
  if (!view) return;
  const ready = waiters;
  waiters = [];
  for (const resolve of ready) resolve(view);
}

/** The compare map once it exists. */
export function compareMap(): Promise<MapView> {
  return current ? Promise.resolve(current) : new Promise((resolve) => waiters.push(resolve));
}

/** The compare map now, or undefined when not comparing. */
export function compareMapNow(): MapView | undefined {
  return current;
}
