/**
 * The lesson runner over a real progress store, with an injected wait (no real clock): Show solution plays every
 * command and passes; moving on keeps the learner's own world; Skip applies the skipped task's solution as one undo
 * step; a Check result for an older world is stale.
 */
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { ProgressStore } from '../../../renderer/src/lessons/progressStore.svelte';
import { LessonRunner } from '../../../renderer/src/state/lessonRunner.svelte';
import { useMemoryStorage } from '../ipc/fakeStorage';

useMemoryStorage();

function runner(): LessonRunner {
  const host = createBrowserHost('0.0.0', () => new Date('2026-06-01T10:00:00.000Z'));
  return new LessonRunner(
    new ProgressStore(host),
    () => {},
    () => Promise.resolve(),
  );
}

async function toFirstTask(r: LessonRunner): Promise<void> {
  while (r.step && r.step.kind !== 'task') await r.next();
}

describe('LessonRunner', () => {
  it('Show solution plays every command (no real waiting) and the task passes', async () => {
    const r = runner();
    await r.open('15-ec2-roles');
    await toFirstTask(r);
    await r.showSolution();
    expect(r.check?.pass).toBe(true);
    expect(r.checkFresh).toBe(true);
  });

  it('moving on keeps the learner world; a later change makes the last Check stale', async () => {
    const r = runner();
    await r.open('15-ec2-roles');
    await toFirstTask(r);
    await r.showSolution();
    const made = r.store.world;
    await r.next();
    expect(r.store.world).toBe(made);
    r.store.apply({ type: 'create-user', account: '111122223333', userName: 'extra' });
    expect(Object.keys(r.store.world.accounts['111122223333'].users)).toContain('extra');
  });

  it('Skip applies the skipped task solution to the learner world as one undo step', async () => {
    const r = runner();
    await r.open('15-ec2-roles');
    await toFirstTask(r);
    const before = r.store.history.past.length;
    await r.skip();
    expect(Object.keys(r.store.world.accounts['111122223333'].roles)).toContain('AppServerRole');
    expect(r.store.history.past.length).toBe(before + 1);
    await r.runCheck();
    r.store.apply({ type: 'create-user', account: '111122223333', userName: 'later' });
    expect(r.checkFresh).toBe(false);
  });
});
