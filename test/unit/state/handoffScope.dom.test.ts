/**
 * How long a lesson's scenario stays in Evaluate, and what a new sandbox world does to the Evaluate request: a
 * scenario a lesson handed over ends when that lesson is left or the sandbox switches; one from practice or a file
 * stays; the request is refitted to a new sandbox world at once. Runs a started app over the twin host.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { defaultDraftFor } from '../../../renderer/src/areas/evaluate/evaluateSession.svelte';
import { AppSession } from '../../../renderer/src/session/appSession.svelte';
import { lessonOrigin, scopeHandoffs } from '../../../renderer/src/session/handoffScope.svelte';
import { crossAccountWorld } from '../../../shared/world/samples';
import { useMemoryStorage } from '../ipc/fakeStorage';

useMemoryStorage();
let stop: (() => void) | null = null;
afterEach(() => stop?.());

async function startApp(): Promise<AppSession> {
  const app = new AppSession(
    createBrowserHost('0.0.0', () => new Date('2026-06-01T10:00:00.000Z')),
    {
      saveDelayMs: 1,
    },
  );
  await app.start();
  stop = scopeHandoffs(app);
  flushSync();
  return app;
}

/** Hands the open lesson's world to Evaluate and lets Evaluate take it, as the area does when it shows. */
function lessonHandoff(app: AppSession): void {
  app.openInEvaluate({
    source: 'Lesson — the failing check',
    world: app.lessons.store.world,
    draft: defaultDraftFor(app.lessons.session),
  });
  flushSync();
  app.evaluate.enter();
  flushSync();
  expect(app.scenario.active).not.toBeNull();
}

describe('lessonOrigin', () => {
  it('names the lesson only for a handoff of its own world', () => {
    const world = crossAccountWorld();
    const draft = defaultDraftFor(new AppSession(createBrowserHost('0.0.0')).sandbox);
    expect(lessonOrigin({ source: 's', world, draft }, 'l1', world)).toBe('l1');
    expect(lessonOrigin({ source: 's', world: crossAccountWorld(), draft }, 'l1', world)).toBeNull();
    expect(lessonOrigin({ source: 's', draft }, 'l1', world)).toBeNull();
    expect(lessonOrigin({ source: 's', world, draft }, undefined, world)).toBeNull();
  });
});

describe('scenario scope', () => {
  it("a lesson's scenario ends when the learner goes back to the catalogue", async () => {
    const app = await startApp();
    await app.lessons.open('12-multiple-permissions');
    flushSync();
    lessonHandoff(app);
    app.lessons.close();
    flushSync();
    expect(app.scenario.active).toBeNull();
    expect(app.evaluate.session).toBe(app.sandbox);
  });

  it("a lesson's scenario ends when another lesson opens, and one not yet taken is dropped", async () => {
    const app = await startApp();
    await app.lessons.open('12-multiple-permissions');
    flushSync();
    lessonHandoff(app);
    await app.lessons.open('06-groups');
    flushSync();
    expect(app.scenario.active).toBeNull();

    app.openInEvaluate({
      source: 'Lesson 6',
      world: app.lessons.store.world,
      draft: defaultDraftFor(app.lessons.session),
    });
    flushSync();
    await app.lessons.open('07-policy-anatomy');
    flushSync();
    expect(app.scenario.pending).toBeNull();
  });

  it("a lesson's scenario ends when the sandbox switches; the lesson stays open", async () => {
    const app = await startApp();
    await app.lessons.open('12-multiple-permissions');
    flushSync();
    lessonHandoff(app);
    expect(await app.persistence.createFromSample('cross-account', 'Cross lab')).toBe(true);
    flushSync();
    expect(app.scenario.active).toBeNull();
    expect(app.lessons.lesson?.id).toBe('12-multiple-permissions');
  });

  it('a scenario from a file or practice stays when the lesson closes', async () => {
    const app = await startApp();
    await app.lessons.open('12-multiple-permissions');
    flushSync();
    const world = crossAccountWorld();
    app.openInEvaluate({ source: 'shared file', world, draft: defaultDraftFor(app.sandbox) });
    flushSync();
    app.evaluate.enter();
    app.lessons.close();
    flushSync();
    expect(app.scenario.active?.source).toBe('shared file');
  });

  it('a new sandbox world refits the Evaluate request at once: no ARN of the old world is left', async () => {
    const app = await startApp();
    app.evaluate.enter();
    expect(app.evaluate.draft.resource).toContain('iam-lab-welcome');
    app.sandbox.store.load(crossAccountWorld());
    flushSync();
    const { principal, resource } = app.evaluate.draft;
    expect(`${principal} ${resource}`).not.toMatch(/111122223333|iam-lab-welcome/);
    expect(principal).toMatch(/111111111111|222222222222/);
  });
});
