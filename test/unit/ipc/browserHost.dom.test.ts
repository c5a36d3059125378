/**
 * The browser twin's host over a fake localStorage: same contract, same parsers, same backup rule as main.
 */
import { describe, expect, it } from 'vitest';
import { twinHost, useMemoryStorage } from './fakeStorage';

const storage = useMemoryStorage();
const host = twinHost;

describe('browser host', () => {
  it('starts with defaults, saves settings in a versioned document, and reads them back', async () => {
    const first = await host();
    expect(await first.getSettings()).toEqual({
      ok: true,
      value: { theme: 'system', presenter: false, lastArea: 'world' },
    });
    expect(await first.setSettings({ theme: 'dark', lastArea: 'lessons' })).toMatchObject({
      ok: true,
      value: { theme: 'dark' },
    });
    expect(JSON.parse(storage().getItem('iam-lab')!)).toMatchObject({
      version: 1,
      settings: { theme: 'dark', lastArea: 'lessons' },
    });
    const second = await host();
    expect(await second.getSettings()).toMatchObject({ ok: true, value: { theme: 'dark', lastArea: 'lessons' } });
    expect(await second.getStoreStatus()).toEqual({
      ok: true,
      value: { location: 'localStorage:iam-lab', worlds: { location: 'localStorage:iam-lab-worlds' } },
    });
  });

  it('refuses bad arguments with the same parser as main', async () => {
    const h = await host();
    const bad = await (h.setSettings as (...a: unknown[]) => Promise<unknown>)({ theme: 'sepia' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'ipc.bad-argument', path: 'args[0].theme' } });
  });

  it('moves a corrupt document to a backup key and reports it', async () => {
    storage().setItem('iam-lab', 'not json');
    const h = await host();
    const name = 'iam-lab.backup-2025-06-01T10-00-00-000Z.json';
    expect(await h.getStoreStatus()).toEqual({
      ok: true,
      value: {
        location: 'localStorage:iam-lab',
        backup: { reason: 'corrupt', name },
        worlds: { location: 'localStorage:iam-lab-worlds' },
        problems: [{ document: 'app', kind: 'corrupt', location: 'localStorage:iam-lab', backup: name }],
      },
    });
    expect(storage().getItem(name)).toBe('not json');
    expect(JSON.parse(storage().getItem('iam-lab')!).version).toBe(1);
  });

  it('keeps a newer document aside untouched', async () => {
    storage().setItem('iam-lab', '{"version":3,"x":1}');
    const status = await (await host()).getStoreStatus();
    expect(status).toMatchObject({ ok: true, value: { backup: { reason: 'newer-version', foundVersion: 3 } } });
    expect(storage().getItem('iam-lab.backup-2025-06-01T10-00-00-000Z.json')).toBe('{"version":3,"x":1}');
  });

  it('says it is the browser edition in About, and never sends menu commands', async () => {
    const h = await host();
    expect(await h.getAppInfo()).toMatchObject({ ok: true, value: { version: '1.2.3', host: 'browser' } });
    const off = h.onMenuCommand(() => {
      throw new Error('no menu in the browser');
    });
    expect(typeof off).toBe('function');
  });
});
