/** Both hosts store progress in the same app document: the twin over localStorage, main over its lowdb file. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { createHandlers } from '../../../electron/main/handlers';
import { openStore } from '../../../electron/main/store';
import { emptyProgress } from '../../../shared/ipc/progress';
import { useMemoryStorage } from '../ipc/fakeStorage';
import { tempFolder } from '../main/tempFolder';

function progressWithLesson() {
  const p = emptyProgress();
  p.lessons['12-multiple-permissions'] = { step: 2, done: ['rules', 'default'], skipped: [], completed: false };
  return p;
}

describe('browser twin progress', () => {
  const storage = useMemoryStorage();

  it('starts empty, saves, and a new host (a reload) reads it back', async () => {
    const host = createBrowserHost('test');
    expect(await host.getProgress()).toEqual({ ok: true, value: emptyProgress() });
    const saved = await host.setProgress(progressWithLesson());
    expect(saved.ok).toBe(true);
    const reloaded = createBrowserHost('test');
    const got = await reloaded.getProgress();
    expect(got.ok && got.value.lessons['12-multiple-permissions'].step).toBe(2);
    expect(JSON.parse(storage().getItem('iam-lab')!).version).toBe(1);
  });

  it('refuses a bad value with a path and keeps what was stored', async () => {
    const host = createBrowserHost('test');
    await host.setProgress(progressWithLesson());
    const bad = await host.setProgress({ version: 1, lessons: { x: { step: 'two' } } } as never);
    expect(!bad.ok && bad.error.path).toBe('args[0].lessons.x.step');
    const got = await host.getProgress();
    expect(got.ok && Object.keys(got.value.lessons)).toEqual(['12-multiple-permissions']);
  });
});

describe('main progress handlers', () => {
  const dir = tempFolder('iam-progress-');
  it('write progress into the lowdb document next to settings', async () => {
    const store = await openStore({ dir: dir() });
    const handlers = createHandlers(store, { name: 'IAM Lab', version: 't', host: 'electron', runtime: {} } as never);
    await handlers['progress:set'](progressWithLesson());
    const text = await readFile(join(dir(), 'iam-lab.json'), 'utf8');
    const doc = JSON.parse(text);
    expect(doc.progress.lessons['12-multiple-permissions'].done).toEqual(['rules', 'default']);
    expect(doc.settings).toBeDefined();
    const reopened = createHandlers(await openStore({ dir: dir() }), {} as never);
    const got = await reopened['progress:get']();
    expect(got.ok && got.value.lessons['12-multiple-permissions'].step).toBe(2);
  });
});
