/**
 * The renderer's command bus: the application menu, keyboard shortcuts and buttons all raise named commands
 * (`MenuCommand` ids); areas subscribe to the ones they handle. An area that does not exist yet just does not listen.
 */
import type { MenuCommand } from '../../../shared/ipc/menu';

type Listener = () => void;
const listeners = new Map<MenuCommand, Set<Listener>>();

/** Subscribes to a command; returns the unsubscribe function. */
export function onCommand(command: MenuCommand, listener: Listener): () => void {
  let set = listeners.get(command);
  if (!set) listeners.set(command, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/** Raises a command; returns how many listeners handled it. */
export function raiseCommand(command: MenuCommand): number {
  const set = listeners.get(command);
  set?.forEach((listener) => listener());
  return set?.size ?? 0;
}
