/**
 * The app's command bus: the application menu, keyboard shortcuts and buttons raise named commands (`MenuCommand`
 * ids); whoever handles one subscribes. One bus per `AppSession` (no module-level listener map), so tests and a
 * second app instance never share listeners.
 */
import type { MenuCommand } from '../../../shared/ipc/menu';

type Listener = () => void;

/** Named commands and their listeners. */
export class CommandBus {
  #listeners = new Map<MenuCommand, Set<Listener>>();

  /** Subscribes to a command; returns the unsubscribe function. */
  on(command: MenuCommand, listener: Listener): () => void {
    let set = this.#listeners.get(command);
    if (!set) this.#listeners.set(command, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Subscribes to several commands at once; returns one function that unsubscribes them all. */
  onEach(handlers: Partial<Record<MenuCommand, Listener>>): () => void {
    const offs = (Object.entries(handlers) as [MenuCommand, Listener][]).map(([c, l]) => this.on(c, l));
    return () => offs.forEach((off) => off());
  }

  /** Raises a command; returns how many listeners handled it. */
  raise(command: MenuCommand): number {
    const set = this.#listeners.get(command);
    set?.forEach((listener) => listener());
    return set?.size ?? 0;
  }
}
