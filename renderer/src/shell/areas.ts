/** Display names of the main areas, used by the tabs and the window title. */
import type { Area } from '../../../shared/ipc/settings';

/** The label of each area's tab. */
export const AREA_LABELS: Record<Area, string> = {
  world: 'World',
  evaluate: 'Evaluate',
  lessons: 'Lessons',
  practice: 'Practice',
};
