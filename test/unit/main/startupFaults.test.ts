/**
 * Startup with a data folder that cannot be used at all (here: its path runs through a regular file, so every read,
 * write and rename fails with ENOTDIR) still opens the window, and `store:status` tells the renderer why nothing will
 * be saved. Electron is replaced by the fake, as in mainProcess.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { storeNoticeText } from '../../../shared/ipc/storeNotice';
import type { StoreStatus } from '../../../shared/ipc/storeStatus';
import { createFakeElectron, FakeBrowserWindow } from './fakeElectron';

const root = mkdtempSync(join(tmpdir(), 'iam-lab-startup-'));
writeFileSync(join(root, 'not-a-folder'), 'x');
const userData = join(root, 'not-a-folder', 'IAM Lab');
const fake = createFakeElectron(userData);
vi.mock('electron', () => fake.module);

const own = { sender: { id: 42 }, senderFrame: { url: 'app://iam-lab/index.html', parent: null } };

beforeAll(async () => {
  FakeBrowserWindow.instances.length = 0;
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('startup with an unusable data folder', () => {
  it('opens the window and reports both documents unreadable and read-only', async () => {
    expect(FakeBrowserWindow.instances[0].loaded).toBe('app://iam-lab/index.html');
    const status = (await fake.handlers.get('store:status')!(own)) as { ok: true; value: StoreStatus };
    expect(status.ok).toBe(true);
    expect(status.value.problems?.map((p) => `${p.document} ${p.kind}`)).toEqual([
      'app unreadable',
      'app read-only',
      'worlds unreadable',
      'worlds read-only',
    ]);
    const words = status.value.problems!.map((p) => storeNoticeText(p).headline).join('\n');
    expect(words).toContain('runs read-only');
    expect(words).toContain('ENOTDIR');
  });

  it('answers a settings change with a visible failure, keeping it for the session', async () => {
    const r = await fake.handlers.get('settings:set')!(own, { theme: 'dark' });
    expect(r).toMatchObject({ ok: false, error: { code: 'store.write-failed' } });
    expect(await fake.handlers.get('settings:get')!(own)).toMatchObject({ ok: true, value: { theme: 'dark' } });
    // The welcome world is there to work with, in memory.
    expect(await fake.handlers.get('worlds:list')!(own)).toMatchObject({
      ok: true,
      value: { worlds: [{ id: 'welcome' }] },
    });
  });
});
