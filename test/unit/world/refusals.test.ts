import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/world/commands/apply';
import type { WorldCommand } from '../../../shared/world/commands/types';
import { NARRATED_REASONS, narrateError } from '../../../shared/world/narrate-error';
import { welcomeWorld } from '../../../shared/world/samples';
import type { World } from '../../../shared/world/types';
import cases from './cases/refusals.json';

interface Case {
  name: string;
  setup?: WorldCommand[];
  command: WorldCommand;
  code: string;
  reason: string;
  doc?: string;
}

/** Replaces `$name` placeholders with outputs of earlier setup commands (ids are generated). */
function fill(value: unknown, out: Record<string, any>, world: World): any {
  if (typeof value === 'string' && value.startsWith('$')) {
    const key = value.slice(1);
    if (key === 'key') return out.accessKey.id;
    if (key === 'instance') return out.instance.id;
    if (key === 'rootId') return world.organization!.rootId;
    return out[key];
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, out, world));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, out, world)]));
  return value;
}

describe('command refusals (cases/refusals.json)', () => {
  for (const c of cases as Case[]) {
    it(c.name, () => {
      let world = welcomeWorld();
      const out: Record<string, any> = {};
      for (const step of c.setup ?? []) {
        const r = applyCommand(world, fill(step, out, world));
        if (!r.ok) throw new Error(`setup ${step.type} refused: ${r.error.reason}`);
        Object.assign(out, r.output);
        world = r.world;
      }
      const before = world;
      const r = applyCommand(world, fill(c.command, out, world));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect({ code: r.error.code, reason: r.error.reason }).toEqual({ code: c.code, reason: c.reason });
      expect(NARRATED_REASONS).toContain(r.error.reason);
      expect(narrateError(r.error).length).toBeGreaterThan(10);
      expect(world).toBe(before);
    });
  }
});
