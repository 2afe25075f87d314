import { fromLocalInput, toLocalInput } from './zone-time';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/** What the New scenario dialog asks, as typed: date-times are wall times in `timeZone`. */
export interface NewScenarioForm {
  title: string;
  start: string;
  end: string;
  timeZone: string;
  sides: string[];
}

/** What a new draft is made from, once the form checks out. */
export interface NewScenarioChoice {
  title: string;
  start: number;
  end: number;
  timeZone: string;
  sides: string[];
}

export type FormProblem = 'nsNeedTitle' | 'nsBadDate' | 'nsEndBeforeStart' | 'nsBadZone' | 'nsNeedSide';

/** A zone the browser knows (what the scenario's clock and the date inputs will use). */
export function knownZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The form's first values: a week from this hour, in the given zone, with two sides to rename. */
export function initialForm(o: {
  title: string;
  now: number;
  timeZone: string;
  sides: string[];
}): NewScenarioForm {
  const zone = knownZone(o.timeZone) ? o.timeZone : 'UTC';
  const start = Math.floor(o.now / HOUR) * HOUR;
  return {
    title: o.title,
    start: toLocalInput(start, zone),
    end: toLocalInput(start + WEEK, zone),
    timeZone: zone,
    sides: o.sides,
  };
}

/** The choice the form makes, or the first thing to fix (a string key, shown in the reader's language). */
export function readForm(form: NewScenarioForm): { choice: NewScenarioChoice } | { problem: FormProblem } {
  const title = form.title.trim();
  if (!title) return { problem: 'nsNeedTitle' };
  const timeZone = form.timeZone.trim();
  if (!knownZone(timeZone)) return { problem: 'nsBadZone' };
  const start = fromLocalInput(form.start, timeZone);
  const end = fromLocalInput(form.end, timeZone);
  if (start === undefined || end === undefined) return { problem: 'nsBadDate' };
  if (end <= start) return { problem: 'nsEndBeforeStart' };
  const sides = form.sides.map((s) => s.trim());
  if (sides.length === 0 || sides.some((s) => !s)) return { problem: 'nsNeedSide' };
  return { choice: { title, start, end, timeZone, sides } };
}
