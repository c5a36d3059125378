import { describe, expect, it } from 'vitest';
import { applyCommand, COMMAND_TYPES } from '../../../shared/world/commands/apply';
import { applyDiff, invertDiff } from '../../../shared/world/diff';
import { emptyHistory, recordEntry, redo, undo } from '../../../shared/world/undo-history';
import { welcomeWorld } from '../../../shared/world/samples';
import type { World } from '../../../shared/world/types';
import { STEPS } from './command-sequence';

/** Runs the whole sequence, checking each step's diff undoes and redoes exactly. */
function runSequence() {
  let world: World = welcomeWorld();
  const out: Record<string, any> = {};
  const seen = new Set<string>();
  const worlds: World[] = [world];
  let history = emptyHistory();
  for (const [i, step] of STEPS.entries()) {
    const cmd = step(world, out);
    const r = applyCommand(world, cmd);
    if (!r.ok) throw new Error(`step ${i} ${cmd.type}: ${JSON.stringify(r.error)}`);
    seen.add(cmd.type);
    expect(applyDiff(world, invertDiff(r.diff)), `undo of step ${i} (${cmd.type})`).toEqual(world);
    expect(applyDiff(world, r.diff), `redo of step ${i} (${cmd.type})`).toEqual(r.world);
    expect(r.world, `step ${i} (${cmd.type}) changes the world`).not.toEqual(world);
    Object.assign(out, r.output);
    history = recordEntry(history, { label: cmd.type, diff: r.diff });
    world = r.world;
    worlds.push(world);
  }
  return { world, seen, worlds, history };
}

describe('apply, undo, redo', () => {
  it('covers every command type and each step undoes to the exact previous world', () => {
    const { seen } = runSequence();
    expect([...COMMAND_TYPES].filter((t) => !seen.has(t))).toEqual([]);
  });

  it('undo history walks all the way back and forward again', () => {
    const { world, worlds, history } = runSequence();
    let h = history;
    let w = world;
    for (let i = worlds.length - 2; i >= 0; i--) {
      const u = undo(h, w)!;
      w = u.world;
      h = u.history;
      expect(w).toEqual(worlds[i]);
    }
    expect(undo(h, w)).toBeUndefined();
    for (let i = 1; i < worlds.length; i++) {
      const r = redo(h, w)!;
      w = r.world;
      h = r.history;
      expect(w).toEqual(worlds[i]);
    }
    expect(redo(h, w)).toBeUndefined();
  });

  it('a refused command leaves the world untouched and returns data', () => {
    const w = welcomeWorld();
    const snapshot = structuredClone(w);
    const r = applyCommand(w, { type: 'delete-user', userName: 'alice' });
    expect(r.ok).toBe(false);
    expect(w).toEqual(snapshot);
  });

  it('ids are deterministic and derived from the world counter', () => {
    const a = applyCommand(welcomeWorld(), { type: 'create-access-key', userName: 'bob' });
    const b = applyCommand(welcomeWorld(), { type: 'create-access-key', userName: 'bob' });
    expect(a.ok && b.ok && a.output).toEqual(b.ok && b.output);
  });

  it('undoable flag is carried', () => {
    const r = applyCommand(welcomeWorld(), { type: 'create-group', groupName: 'X', undoable: false });
    expect(r.ok && r.undoable).toBe(false);
  });
});
