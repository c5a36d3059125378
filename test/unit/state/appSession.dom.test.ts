/**
 * The app's sessions: the terminal, undo/redo and export act on the world on screen. While a lesson (or a scenario in
 * Evaluate) is shown, a terminal command changes that world and leaves the sandbox untouched; when it is no longer
 * shown, they act on the sandbox again. Opening a theatre share file never touches the sandbox. Runs over the real
 * browser-twin host and a fake localStorage.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { AppSession } from '../../../renderer/src/session/appSession.svelte';
import { makeShare } from '../../../shared/theatre';
import { crossAccountWorld } from '../../../shared/world/samples';
import type { HostApi } from '../../../shared/ipc/contract';
import { useMemoryStorage } from '../ipc/fakeStorage';

useMemoryStorage();

/** A started app over the twin host; saved files are collected in `saved`. */
async function startApp(): Promise<{ app: AppSession; saved: { name: string; text: string }[] }> {
  const saved: { name: string; text: string }[] = [];
  const host: HostApi = createBrowserHost('0.0.0', () => new Date('2026-06-01T10:00:00.000Z'), {
    open: async () => ({ ok: true, value: null }),
    save: async ({ suggestedName, text }) => {
      saved.push({ name: suggestedName, text });
      return { ok: true, value: { saved: true, name: suggestedName } };
    },
  });
  const app = new AppSession(host, { saveDelayMs: 1 });
  await app.start();
  flushSync();
  return { app, saved };
}

const userNames = (app: AppSession, which: 'sandbox' | 'lesson') => {
  const world = (which === 'sandbox' ? app.sandbox : app.lessons.session).store.world;
  return Object.values(world.accounts).flatMap((a) => Object.keys(a.users));
};

describe('AppSession routing', () => {
  it('with nothing else shown, the terminal and undo act on the sandbox', async () => {
    const { app } = await startApp();
    expect(app.onScreen).toBe(app.sandbox);
    expect(app.worldLine).toMatch(/^Sandbox: /);
    await app.terminal.run('aws iam create-user --user-name zed');
    expect(userNames(app, 'sandbox')).toContain('zed');
    expect(app.undo()).toBe(true);
    expect(userNames(app, 'sandbox')).not.toContain('zed');
  });

  it('in a lesson, a terminal command, undo and export act on the lesson world; the sandbox is untouched', async () => {
    const { app, saved } = await startApp();
    const sandboxBefore = app.sandbox.store.world;
    await app.lessons.open(app.lessons.lessons[0].id);
    const off = app.show(app.lessons.session);
    flushSync();
    expect(app.onScreen).toBe(app.lessons.session);
    expect(app.worldLine).toMatch(/^Lesson: 1\. /);
    expect(app.terminal.target).toBe(app.lessons.session);

    await app.terminal.run('aws iam create-user --user-name learner-made');
    expect(userNames(app, 'lesson')).toContain('learner-made');
    expect(userNames(app, 'sandbox')).not.toContain('learner-made');
    expect(app.sandbox.store.world).toBe(sandboxBefore);

    await app.files.exportScenario();
    expect(saved).toHaveLength(1);
    expect(saved[0].text).toContain('learner-made');

    expect(app.undo()).toBe(true);
    expect(userNames(app, 'lesson')).not.toContain('learner-made');
    expect(app.sandbox.store.world).toBe(sandboxBefore);

    off();
    flushSync();
    expect(app.onScreen).toBe(app.sandbox);
    await app.terminal.run('aws iam create-user --user-name back-home');
    expect(userNames(app, 'sandbox')).toContain('back-home');
    expect(userNames(app, 'lesson')).not.toContain('back-home');
  });

  it('a read-only session refuses terminal changes and undo', async () => {
    const { app } = await startApp();
    const session = app.scenario.session;
    session.editable = false;
    const off = app.show(session);
    await app.terminal.run('aws iam create-user --user-name nope');
    expect(Object.values(session.store.world.accounts).flatMap((a) => Object.keys(a.users))).not.toContain('nope');
    expect(app.terminal.lines.some((l) => l.kind === 'stderr' && l.text.includes('read-only'))).toBe(true);
    off();
  });

  it('opening a theatre share file shows it as a scenario in Evaluate and never touches the sandbox', async () => {
    const { app } = await startApp();
    const before = app.sandbox.store.world;
    const beforeIndex = app.persistence.index;
    const share = makeShare(
      crossAccountWorld(),
      {
        flow: 'call',
        principal: 'arn:aws:iam::111122223333:user/alice',
        action: 's3:GetObject',
        resource: '*',
        env: {},
        sessionPolicy: '',
      },
      0,
      false,
    );
    expect(await app.files.openText(JSON.stringify(share), 'class.json')).toBe(true);
    expect(app.sandbox.store.world).toBe(before);
    expect(app.persistence.index?.worlds.length).toBe(beforeIndex?.worlds.length);
    expect(app.shell.area).toBe('evaluate');
    expect(app.scenario.pending?.source).toContain('class.json');
    app.evaluate.enter();
    expect(app.evaluate.session).toBe(app.scenario.session);
    expect(app.scenario.session.store.world.meta.name).toBe(crossAccountWorld().meta.name);
    expect(app.sandbox.store.world).toBe(before);
  });

  it('a broken share file is refused with its reason and changes nothing', async () => {
    const { app } = await startApp();
    const before = app.sandbox.store.world;
    expect(await app.files.openText('{"format":"iam-lab-theatre","version":99}', 'new.json')).toBe(false);
    expect(app.files.notice?.ok).toBe(false);
    expect(app.files.notice?.text).toContain('new.json');
    expect(app.sandbox.store.world).toBe(before);
    expect(app.scenario.pending).toBeNull();
  });

  it('progress is loaded at start, so a lesson opened from anywhere resumes where the learner left it', async () => {
    const first = await startApp();
    const id = first.app.lessons.lessons[1].id;
    await first.app.progress.setLesson(id, {
      step: 2,
      done: [],
      skipped: [],
      completed: false,
      updatedAt: '2026-06-01T10:00:00.000Z',
    });
    const second = await startApp();
    expect(second.app.progress.loaded).toBe(true);
    await second.app.lessons.open(id);
    expect(second.app.lessons.index).toBe(2);
  });
});
