/**
 * The `progress:packs`, `progress:save-pack` and `progress:remove-pack` handlers, written once over an injected holder
 * of the stored list so that main (lowdb file) and the browser twin (lowdb over localStorage) behave the same.
 */
import type { ChannelHandlers } from './contract';
import { listStoredPacks, type StoredLessonPack } from './lessonPacks';
import { fail, ok, type Result } from './result';

/** The lesson-pack channels. */
export type LessonPackChannel = 'progress:packs' | 'progress:save-pack' | 'progress:remove-pack';

/** Their handlers. */
export type LessonPackHandlers = Pick<ChannelHandlers, LessonPackChannel>;

/** How the handlers reach the stored list (the app document's `lessonPacks` field, whatever it holds). */
export interface LessonPacksHolder {
  /** The raw stored value (`undefined` when nothing was ever stored). */
  read(): unknown;
  /** Stores the new list atomically; on failure it throws and keeps the previous value current. */
  commit(list: unknown[]): Promise<void> | void;
}

/** Builds the handlers over a holder. */
export function createLessonPackHandlers(holder: LessonPacksHolder): LessonPackHandlers {
  const raw = (): unknown[] => {
    const v = holder.read();
    return v === undefined ? [] : Array.isArray(v) ? [...v] : [v];
  };
  async function commit(list: unknown[]): Promise<Result<StoredLessonPack[]>> {
    try {
      await holder.commit(list);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return fail('progress.write-failed', `The lesson packs could not be saved (${why}); nothing was changed.`);
    }
    return ok(listStoredPacks(holder.read()));
  }
  return {
    'progress:packs': async () => ok(listStoredPacks(holder.read())),
    'progress:save-pack': async (pack) => {
      const list = raw();
      const listed = listStoredPacks(list);
      const at = listed.findIndex((p) => p.id === pack.id);
      if (at >= 0) list[at] = pack;
      else list.push(pack);
      return commit(list);
    },
    'progress:remove-pack': async (id) => {
      const list = raw();
      const at = listStoredPacks(list).findIndex((p) => p.id === id);
      if (at < 0) return fail('progress.pack-not-found', `There is no stored lesson pack "${id}".`, 'args[0]');
      list.splice(at, 1);
      return commit(list);
    },
  };
}
