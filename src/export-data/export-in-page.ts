import type { Lang } from '../i18n/localize';
import type { Scenario } from '../model/scenario';
import type { DataExport, DataFormat } from './shared';

// The one way the page exports data (dialog and scripting API alike). Small on purpose: the writers and
// milsymbol load here, on the first export, never with the app.

export async function exportInPage(scenario: Scenario, format: DataFormat, lang: Lang): Promise<DataExport> {
  const [{ exportData }, { drawSymbolPng }] = await Promise.all([
    import('./export-data'),
    import('./symbol-png'),
  ]);
  return exportData(scenario, format, {
    lang,
    symbolPng: (sidc, side) => drawSymbolPng(scenario, sidc, side),
  });
}

/** The export's bytes as a Blob of its type. */
export const exportBlob = (e: DataExport) => new Blob([e.data as BlobPart], { type: e.mime });
