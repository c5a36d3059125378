/**
 * The one typed contract between the renderer and its host (Electron main through the preload, or the browser twin).
 *
 * To add a channel (e.g. `world:apply`): add its types to `IpcChannels`, its method name to `HOST_METHODS`, and its
 * argument parser to `ARG_PARSERS`. The compiler then asks main's handlers and the twin to implement it, and the
 * preload exposes it with no further change.
 *
 * CAUTION: this is a contract; both processes and the twin depend on it. Change it additively.
 */
import type { AppInfo } from './appInfo';
import { parseOpenFileArgs, parseSaveFileArgs, type OpenedFile, type OpenFileRequest, type SavedFile, type SaveFileRequest } from './files';
import { parseProgressArgs, type LearnerProgress } from './progress';
import { parsePackIdArgs, parseSavePackArgs, type StoredLessonPack } from './lessonPacks';
import type { MenuCommand } from './menu';
import { parseNoArgs, parseSettingsPatchArgs } from './parse';
import type { Result } from './result';
import type { Settings, SettingsPatch } from './settings';
import type { StoreStatus } from './storeStatus';
import {
  parseCreateWorldArgs,
  parseOpenWorldArgs,
  parseSaveWorldArgs,
  parseWorldIdArgs,
  parseWorldIdNameArgs,
  type NewWorldRequest,
  type OpenedWorld,
  type ScenarioDocument,
  type WorldsIndex,
  type WorldSummary,
} from './worlds';

/** Every invoke channel (`domain:verb`) with its argument tuple and its success value. */
export interface IpcChannels {
  'settings:get': { args: []; value: Settings };
  'settings:set': { args: [patch: SettingsPatch]; value: Settings };
  'store:status': { args: []; value: StoreStatus };
  'app:info': { args: []; value: AppInfo };
  'progress:get': { args: []; value: LearnerProgress };
  'progress:set': { args: [progress: LearnerProgress]; value: LearnerProgress };
  /** The imported lesson packs the host keeps (raw entries; the renderer re-checks each one). */
  'progress:packs': { args: []; value: StoredLessonPack[] };
  /** Stores an imported pack, replacing the stored pack with the same id; answers with the stored list. */
  'progress:save-pack': { args: [pack: StoredLessonPack]; value: StoredLessonPack[] };
  /** Forgets a stored pack (progress in its lessons is kept); answers with the stored list. */
  'progress:remove-pack': { args: [id: string]; value: StoredLessonPack[] };
  /** Shows the host's file picker and reads the chosen file; `null` when the user cancelled. */
  'files:open': { args: [request: OpenFileRequest]; value: OpenedFile | null };
  /** Shows the host's save dialog (or downloads, in the twin) and writes the text. */
  'files:save': { args: [request: SaveFileRequest]; value: SavedFile };
  /** The stored worlds (sandboxes) and which one is open. */
  'worlds:list': { args: []; value: WorldsIndex };
  /** Opens a stored world (the active one without an id) and remembers it as active. */
  'worlds:open': { args: [id?: string]; value: OpenedWorld };
  /** Stores a new world and opens it. */
  'worlds:create': { args: [request: NewWorldRequest]; value: OpenedWorld };
  /** Replaces a stored world's content (the renderer sends it, debounced, after each change). */
  'worlds:save': { args: [id: string, scenario: ScenarioDocument]; value: WorldSummary };
  'worlds:rename': { args: [id: string, name: string]; value: WorldsIndex };
  /** Copies a stored world under a new name and opens the copy. */
  'worlds:duplicate': { args: [id: string, name: string]; value: OpenedWorld };
  /** Deletes a stored world (never the last one); answers with the world open afterwards. */
  'worlds:delete': { args: [id: string]; value: OpenedWorld };
}

/** One invoke channel name. */
export type Channel = keyof IpcChannels;
/** The argument tuple of a channel. */
export type ChannelArgs<C extends Channel> = IpcChannels[C]['args'];
/** The success value of a channel. */
export type ChannelValue<C extends Channel> = IpcChannels[C]['value'];

/** The name each channel has on the host API object (`window.iamLab.getSettings()` calls `settings:get`). */
export const HOST_METHODS = {
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  getStoreStatus: 'store:status',
  getAppInfo: 'app:info',
  getProgress: 'progress:get',
  setProgress: 'progress:set',
  listLessonPacks: 'progress:packs',
  saveLessonPack: 'progress:save-pack',
  removeLessonPack: 'progress:remove-pack',
  openFile: 'files:open',
  saveFile: 'files:save',
  listWorlds: 'worlds:list',
  openWorld: 'worlds:open',
  createWorld: 'worlds:create',
  saveWorld: 'worlds:save',
  renameWorld: 'worlds:rename',
  duplicateWorld: 'worlds:duplicate',
  deleteWorld: 'worlds:delete',
} as const satisfies Record<string, Channel>;

/** A method name on the host API. */
export type HostMethod = keyof typeof HOST_METHODS;

/** Parses the raw arguments of one channel; main runs it on everything a renderer sends. */
export type ArgParser<C extends Channel> = (args: readonly unknown[]) => Result<ChannelArgs<C>>;

/** One parser per channel; the mapped type makes a missing parser a compile error. */
export const ARG_PARSERS: { [C in Channel]: ArgParser<C> } = {
  'settings:get': parseNoArgs,
  'settings:set': parseSettingsPatchArgs,
  'store:status': parseNoArgs,
  'app:info': parseNoArgs,
  'progress:get': parseNoArgs,
  'progress:set': parseProgressArgs,
  'progress:packs': parseNoArgs,
  'progress:save-pack': parseSavePackArgs,
  'progress:remove-pack': parsePackIdArgs,
  'files:open': parseOpenFileArgs,
  'files:save': parseSaveFileArgs,
  'worlds:list': parseNoArgs,
  'worlds:open': parseOpenWorldArgs,
  'worlds:create': parseCreateWorldArgs,
  'worlds:save': parseSaveWorldArgs,
  'worlds:rename': parseWorldIdNameArgs,
  'worlds:duplicate': parseWorldIdNameArgs,
  'worlds:delete': parseWorldIdArgs,
};

/** Every channel, in table order. */
export const CHANNELS = Object.keys(ARG_PARSERS) as Channel[];

/** The event channel main uses to forward application-menu commands. */
export const MENU_EVENT = 'menu:command';

/** Server side of the contract: one async function per channel, taking already-parsed arguments. */
export type ChannelHandlers = { [C in Channel]: (...args: ChannelArgs<C>) => Promise<Result<ChannelValue<C>>> };

/**
 * The API the renderer talks to. The preload builds it over IPC; the twin builds it over browser storage. The
 * renderer cannot tell which one it has.
 */
export type HostApi = {
  [M in HostMethod]: (
    ...args: ChannelArgs<(typeof HOST_METHODS)[M]>
  ) => Promise<Result<ChannelValue<(typeof HOST_METHODS)[M]>>>;
} & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. The twin never sends any. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** True for a known channel name (main refuses anything else). */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ARG_PARSERS, value);
}
