/**
 * The stored app document, shared by main's lowdb file and the twin's browser storage, and the pure decision of what
 * to do with whatever was found on disk. Later issues add fields (e.g. `world`) with defaults.
 *
 * CAUTION: this is a file format. `version` starts at 1; a document with a higher version is never overwritten.
 */
import { isRecord } from './parse';
import { DEFAULT_SETTINGS, normalizeSettings, SETTING_KEYS, type Settings } from './settings';
import { readStoredProgress, type LearnerProgress } from './progress';
import type { StoredLessonPack } from './lessonPacks';

/** The document version this build writes. */
export const APP_DOCUMENT_VERSION = 1;

/** The main window's last bounds, remembered between runs (desktop only). */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** The whole stored document. */
export interface AppDocument {
  version: number;
  settings: Settings;
  windowState: WindowState | null;
  /** The learner's progress (lessons, review memory); absent until first saved. See `progress.ts`. */
  progress?: LearnerProgress;
  /**
   * Imported lesson packs, kept between runs (see `lessonPacks.ts`). Read through `listStoredPacks`, which copes with
   * whatever is found here; absent until the first import.
   */
  lessonPacks?: StoredLessonPack[];
}

/** A fresh document. */
export function defaultAppDocument(): AppDocument {
  return { version: APP_DOCUMENT_VERSION, settings: { ...DEFAULT_SETTINGS }, windowState: null };
}

/** What the stored text turned out to be. */
export type StoredDocumentVerdict =
  | { kind: 'missing' }
  | {
      kind: 'usable';
      document: AppDocument;
      /** JSON paths of stored entries that could not be read and are not in `document` (kept in a backup copy). */
      setAside: string[];
      /** Set when the stored progress was written by a newer IAM Lab (read as far as this version understands it). */
      progressVersion?: number;
    }
  | { kind: 'corrupt' }
  | { kind: 'newer-version'; foundVersion: number };

/**
 * Classifies the raw stored text (null when nothing is stored). Corrupt means: not JSON, not an object, or no usable
 * integer `version`. A usable document is normalized (unknown or invalid settings fall back to defaults).
 */
export function classifyStoredDocument(text: string | null): StoredDocumentVerdict {
  if (text === null) return { kind: 'missing' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'corrupt' };
  }
  if (!isRecord(data) || typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { kind: 'corrupt' };
  }
  if (data.version > APP_DOCUMENT_VERSION) return { kind: 'newer-version', foundVersion: data.version };
  const document: AppDocument = {
    ...data,
    version: APP_DOCUMENT_VERSION,
    settings: normalizeSettings(data.settings),
    windowState: normalizeWindowState(data.windowState),
  };
  const setAside = badSettings(data.settings);
  const verdict: StoredDocumentVerdict = { kind: 'usable', document, setAside };
  if (data.progress !== undefined) {
    const progress = readStoredProgress(data.progress);
    document.progress = progress.progress;
    setAside.push(...progress.setAside);
    if (progress.foundVersion !== undefined) verdict.progressVersion = progress.foundVersion;
  }
  return verdict;
}

/** Paths of stored settings whose value this version cannot use (they fall back to the default). */
function badSettings(stored: unknown): string[] {
  if (stored === undefined) return [];
  if (!isRecord(stored)) return ['settings'];
  const normal = normalizeSettings(stored) as unknown as Record<string, unknown>;
  // Every known key, so an optional setting stored with a wrong type is reported too.
  return SETTING_KEYS.filter((key) => stored[key] !== undefined && stored[key] !== normal[key]).map(
    (key) => `settings.${key}`,
  );
}

/** Keeps stored window bounds only when they are finite numbers of a sensible size. */
export function normalizeWindowState(value: unknown): WindowState | null {
  if (!isRecord(value)) return null;
  const { x, y, width, height, maximized } = value;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!finite(width) || !finite(height) || width < 200 || height < 150) return null;
  const state: WindowState = { width: Math.round(width), height: Math.round(height), maximized: maximized === true };
  if (finite(x) && finite(y)) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  }
  return state;
}

/**
 * The name of the moved-aside copy of a stored document: `<name>.backup-<stamp>.json`. `isoTime` comes from the
 * caller's clock (shared code has none); `:` and `.` are replaced so the name is valid on every file system.
 */
export function backupName(name: string, isoTime: string): string {
  return `${name}.backup-${isoTime.replace(/[:.]/g, '-')}.json`;
}
