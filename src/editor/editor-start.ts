import type { NewScenarioChoice } from './model/new-scenario-form';

/**
 * How the editor is entered: a copy of the scenario in view (or, when it is the draft last edited, that
 * draft again), a new scenario as the New scenario dialog chose it, or a draft by id (the one open when the
 * page went away, or the one in view).
 */
export type EditorStart =
  | { kind: 'copy'; draftId?: string }
  | { kind: 'new'; choice: NewScenarioChoice }
  | { kind: 'resume'; id: string };
