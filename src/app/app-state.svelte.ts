import type { Lang } from '../i18n/localize';
import type { Scenario } from '../scenario/model';

export type Theme = 'projector' | 'print';

/** UI state shared by the components and the scripting API. Domain logic stays in plain modules. */
export class AppState {
  scenario: Scenario = $state.raw() as unknown as Scenario;
  t = $state(0);
  playing = $state(false);
  /** Scenario milliseconds per real second while playing. */
  rate = $state(6 * 3_600_000);
  theme: Theme = $state('projector');
  lang: Lang = $state('en');

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.t = scenario.initialTime;
  }

  /** Sets t inside the scenario's range and returns what was set. */
  setTime(t: number): number {
    const clamped = Math.min(this.scenario.end, Math.max(this.scenario.start, t));
    this.t = clamped;
    return clamped;
  }
}
