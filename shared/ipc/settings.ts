/**
 * The user's app settings: theme, presenter mode, the area shown last and whether the first-run welcome was dismissed.
 * Stored in the app document (main's lowdb file or the twin's browser storage) and edited through `settings:set`.
 *
 * CAUTION: part of the stored document format (`AppDocument.settings`). Add fields with defaults; never rename.
 */

/** The colour themes; `system` follows the operating system's preference. */
export const THEMES = ['light', 'dark', 'system'] as const;
/** One colour theme. */
export type Theme = (typeof THEMES)[number];

/** The app's main areas, in the order of the navigation tabs. */
export const AREAS = ['world', 'evaluate', 'lessons', 'practice'] as const;
/** One main area. */
export type Area = (typeof AREAS)[number];

/** Every setting, always complete once loaded. */
export interface Settings {
  theme: Theme;
  /** Presenter mode enlarges everything for projectors. */
  presenter: boolean;
  /** The area to open on start. */
  lastArea: Area;
  /**
   * True once the first-run welcome was closed or one of its paths taken; absent or false shows it on start. Optional
   * so documents written before it existed (and the defaults) stay as they were.
   */
  welcomeDismissed?: boolean;
}

/** Every setting's key, the optional ones included (what a stored document may hold). */
export const SETTING_KEYS: readonly (keyof Settings)[] = ['theme', 'presenter', 'lastArea', 'welcomeDismissed'];

/** A partial update sent by `settings:set`. */
export type SettingsPatch = Partial<Settings>;

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Settings = { theme: 'system', presenter: false, lastArea: 'world' };

/** True when `value` is one of the themes. */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** True when `value` is one of the areas. */
export function isArea(value: unknown): value is Area {
  return typeof value === 'string' && (AREAS as readonly string[]).includes(value);
}

/**
 * Reads whatever was stored into complete settings: known fields with valid values are kept, anything else falls
 * back to the default. Used when loading, so an old or hand-edited file still opens.
 */
export function normalizeSettings(stored: unknown): Settings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return {
    theme: isTheme(s.theme) ? s.theme : DEFAULT_SETTINGS.theme,
    presenter: typeof s.presenter === 'boolean' ? s.presenter : DEFAULT_SETTINGS.presenter,
    lastArea: isArea(s.lastArea) ? s.lastArea : DEFAULT_SETTINGS.lastArea,
    // Kept only when stored as a boolean; anything else reads as "not dismissed" (the welcome shows once more).
    ...(typeof s.welcomeDismissed === 'boolean' ? { welcomeDismissed: s.welcomeDismissed } : {}),
  };
}
