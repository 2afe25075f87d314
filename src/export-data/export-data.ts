import type { Scenario } from '../model/scenario';
import { exportCsv } from './csv';
import { exportGeoJson } from './geojson';
import { exportKml } from './kml';
import { exportKmz } from './kmz';
import { exportOrbatMapper } from './orbat-mapper';
import type { DataExport, DataExportOptions, DataFormat } from './shared';

/**
 * The scenario in another tool's format. This module is loaded on demand (the dialog, the API and the CLI
 * import it when asked), so none of the writers weighs on the app's start.
 */
export async function exportData(
  scenario: Scenario,
  format: DataFormat,
  options: DataExportOptions = {},
): Promise<DataExport> {
  const lang = options.lang ?? 'en';
  switch (format) {
    case 'kml':
      return exportKml(scenario, lang);
    case 'kmz':
      return exportKmz(scenario, options);
    case 'geojson':
      return exportGeoJson(scenario, lang);
    case 'orbat-mapper':
      return exportOrbatMapper(scenario, lang);
    case 'csv':
      return exportCsv(scenario, lang);
  }
}
