import type { Lang } from '../i18n/localize';
import { ui } from '../i18n/strings';
import type { ImportNote } from './notes';
import type { ImportReport } from './types';
import { countRejected } from './validate-features';

/** "412 events loaded, 12 of them as context, 3 rejected.": the line a user reads first. */
export function reportSummary(report: ImportReport, lang: Lang): string {
  const parts = [
    ui(lang, report.noun === 'events' ? 'loadedEvents' : 'loadedFeatures', { count: report.loaded }),
  ];
  if (report.context) parts.push(ui(lang, 'loadedContext', { count: report.context }));
  if (report.rejected.length)
    parts.push(ui(lang, 'rejectedCount', { count: countRejected(report.rejected) }));
  if (report.flawed?.length) parts.push(ui(lang, 'flawedCount', { count: countRejected(report.flawed) }));
  return `${parts.join(', ')}.`;
}

/** `file › feature: what happened`, in the UI's language. */
export function formatNote(note: ImportNote, lang: Lang): string {
  const where = note.feature ? `${note.file} › ${note.feature}` : note.file;
  const colon = lang === 'fr' ? ' :' : ':';
  return `${where}${colon} ${ui(lang, note.key, { ...note.values, count: note.count })}`;
}
