import type { Lang } from './localize';
import { ui, type StringKey } from './strings';

/** Something the user must change, said in whichever language is shown: a string key and its values. */
export interface Problem {
  key: StringKey;
  values?: Record<string, string | number>;
}

export function problemText(problem: Problem, lang: Lang): string {
  return ui(lang, problem.key, problem.values);
}

/**
 * An error made of problems. Its message is English (for scripts and logs); the app shows the problems in the
 * language on screen (`errorText`).
 */
export class ProblemError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => problemText(p, 'en')).join(' '));
    this.name = 'ProblemError';
  }
}

/** What went wrong, in `lang` when the error says it in words the app knows, else as the error says it. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ProblemError) return error.problems.map((p) => problemText(p, lang)).join(' ');
  return error instanceof Error ? error.message : String(error);
}
