/**
 * How the editor is entered: a copy of the scenario in view (or, when it is the draft last edited, that
 * draft again), a new scenario with its title, or the draft that was open when the page went away.
 */
export type EditorStart =
  { kind: 'copy'; draftId?: string } | { kind: 'new'; title: string } | { kind: 'resume'; id: string };
