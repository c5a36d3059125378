/**
 * The `worlds:*` handlers, written once over an injected document holder so that main (lowdb file) and the browser
 * twin (lowdb over localStorage) behave identically. Pure: the clock and the write are given by the host.
 */
import { addWorld, deleteWorld, putWorld, renameWorld, setActiveWorld, type WorldsDocument } from '../world/store-doc';
import { own } from '../world/own';
import type { ChannelHandlers } from './contract';
import { fail, ok, type Result } from './result';
import { worldsIndex, summarizeWorld, type OpenedWorld } from './worlds';

/** The worlds channels. */
export type WorldsChannel =
  | 'worlds:list'
  | 'worlds:open'
  | 'worlds:create'
  | 'worlds:save'
  | 'worlds:rename'
  | 'worlds:duplicate'
  | 'worlds:delete';

/** Their handlers. */
export type WorldsHandlers = Pick<ChannelHandlers, WorldsChannel>;

/** How the handlers reach the stored document. */
export interface WorldsDocumentHolder {
  /** The current document. */
  read(): WorldsDocument;
  /**
   * Makes `doc` the current document and stores it atomically. If storing fails it must throw and keep the previous
   * document current (the handler turns the failure into a `worlds.write-failed` result).
   */
  commit(doc: WorldsDocument): Promise<void> | void;
  /** The host's time as ISO text (shared code has no clock). */
  now(): string;
}

const notFound = <T>(id: string, path = 'args[0]'): Result<T> =>
  fail('worlds.not-found', `There is no world with id "${id}".`, path);

/** Builds the handlers over a document holder. */
export function createWorldsHandlers(holder: WorldsDocumentHolder): WorldsHandlers {
  /** Commits a change, turning a storage failure (disk full, browser quota) into a result. */
  async function commit<T>(doc: WorldsDocument, answer: () => T): Promise<Result<T>> {
    try {
      await holder.commit(doc);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return fail('worlds.write-failed', `The worlds could not be saved (${why}); the last saved state is kept.`);
    }
    return ok(answer());
  }
  const opened = (doc: WorldsDocument, id: string): OpenedWorld => ({
    index: worldsIndex(doc),
    id,
    scenario: own(doc.worlds, id)!.scenario,
  });

  return {
    'worlds:list': async () => ok(worldsIndex(holder.read())),
    'worlds:open': async (id) => {
      const doc = holder.read();
      const target = id ?? doc.activeWorldId;
      if (!own(doc.worlds, target)) return notFound(target);
      if (target === doc.activeWorldId) return ok(opened(doc, target));
      const next = setActiveWorld(doc, target);
      return commit(next, () => opened(next, target));
    },
    'worlds:create': async (request) => {
      const { doc, id } = addWorld(
        holder.read(),
        request.name,
        request.scenario.world,
        holder.now(),
        request.scenario.layout,
      );
      return commit(doc, () => opened(doc, id));
    },
    'worlds:save': async (id, scenario) => {
      const doc = holder.read();
      if (!own(doc.worlds, id)) return notFound(id);
      const next = putWorld(doc, id, scenario.world, holder.now(), scenario.layout);
      return commit(next, () => summarizeWorld(next, id));
    },
    'worlds:rename': async (id, name) => {
      const doc = holder.read();
      if (!own(doc.worlds, id)) return notFound(id);
      const next = renameWorld(doc, id, name, holder.now());
      return commit(next, () => worldsIndex(next));
    },
    'worlds:duplicate': async (id, name) => {
      const doc = holder.read();
      const source = own(doc.worlds, id);
      if (!source) return notFound(id);
      // Worlds are immutable values (every change makes a new one), so the copy may share the source's objects.
      // The copy keeps the arrangement too.
      const copy = addWorld(doc, name, source.scenario.world, holder.now(), source.scenario.layout);
      return commit(copy.doc, () => opened(copy.doc, copy.id));
    },
    'worlds:delete': async (id) => {
      const doc = holder.read();
      if (!own(doc.worlds, id)) return notFound(id);
      if (Object.keys(doc.worlds).length <= 1)
        return fail('worlds.last-world', 'The last world cannot be deleted; create another one first.', 'args[0]');
      const next = deleteWorld(doc, id);
      return commit(next, () => opened(next, next.activeWorldId));
    },
  };
}
