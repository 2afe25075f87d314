import type { ScenarioFiles } from './load';

// The built-in Kidal scenario ships inside the bundle, so the app needs no request to start and works from
// any static server or file share. It still goes through the same loader as a user's own files. The source
// texts come along so that "Export scenario" writes the folder back complete.
const raw = import.meta.glob(
  ['../../geodata/kidal-2023/*.{json,geojson}', '../../geodata/kidal-2023/sources/*'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

export const DEFAULT_SCENARIO_FILES: ScenarioFiles = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [
    path.slice(path.indexOf('kidal-2023/') + 'kidal-2023/'.length),
    text,
  ]),
);
