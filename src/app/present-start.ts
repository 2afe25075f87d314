import type { AppState } from './app-state.svelte';
import type { Player } from './player.svelte';

/**
 * What the Present button does: a briefing starts at its beginning, chapter 1 played from its start (as
 * Home does while presenting); with Shift (`fromCurrent`), from the chapter on screen, as the map shows it.
 * Without chapters, presenting simply starts at t.
 */
export function startPresenting(
  app: Pick<AppState, 'scenario' | 'presenting'>,
  player: Pick<Player, 'playChapter'>,
  fromCurrent: boolean,
): void {
  const first = app.scenario.chapters[0];
  if (!fromCurrent && first) player.playChapter(first);
  app.presenting = true;
}
