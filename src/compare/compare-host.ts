import type { Lang } from '../i18n/localize';
import type { Camera } from '../model/camera';
import type { Scenario } from '../model/scenario';
import type { Theme } from '../model/theme';
import type { CompareSpec } from './compare-link';

/**
 * The part of the app's state a comparison reads and sets (the app's AppState has it): compare sits below the
 * app on the floors of src/, so it names what it needs rather than importing the app.
 */
export interface CompareHost {
  scenario: Scenario;
  t: number;
  lang: Lang;
  theme: Theme;
  compare: CompareSpec | null;
  compareDivider: number;
  legendForm: 'auto' | 'expanded' | 'collapsed';
  showSymbols: boolean;
  presenting: boolean;
  chapter: string | undefined;
  freeCamera: boolean;
  /** The one camera both views show (the app's state owns it). */
  camera: Camera;
}
