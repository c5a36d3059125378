/** Builds a sample world from a list of commands; a refusal here is a bug in the sample, so it throws. */
import { applyCommands } from '../commands/apply';
import type { WorldCommand } from '../commands/types';
import { emptyWorld } from '../account-factory';
import type { World } from '../types';

/** Applies `commands` to an empty world named `name` with the given description. */
export function buildWorld(
  name: string,
  description: string,
  commands: WorldCommand[],
  clock = '2025-01-01T09:00:00Z',
): World {
  const base = emptyWorld(name, clock);
  base.meta.description = description;
  const result = applyCommands(base, commands);
  if (!result.ok) {
    throw new Error(
      `sample world ${name}: command ${result.index} (${commands[result.index].type}) refused: ${result.error.reason}`,
    );
  }
  return result.world;
}
