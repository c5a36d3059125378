/** The store against real temporary files: create, reload, atomic write, and backup of corrupt / newer documents. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, STORE_FILE_NAME } from '../../../electron/main/store';
import { tempFolder } from './tempFolder';

const fixedNow = () => new Date('2025-03-04T05:06:07.089Z');
const BACKUP = 'iam-lab.json.backup-2025-03-04T05-06-07-089Z.json';
const dir = tempFolder('iam-lab-store-');

const readJson = async (name: string) => JSON.parse(await readFile(join(dir(), name), 'utf8'));

describe('openStore', () => {
  it('creates a versioned document with default settings on first run', async () => {
    const store = await openStore({ dir: dir(), now: fixedNow });
    expect(store.status).toEqual({ location: join(dir(), STORE_FILE_NAME) });
    expect(await readJson(STORE_FILE_NAME)).toEqual({
      version: 1,
      settings: { theme: 'system', presenter: false, lastArea: 'world' },
      windowState: null,
    });
  });

  it('keeps changes between runs and leaves no temporary file behind', async () => {
    const first = await openStore({ dir: dir() });
    await first.update((doc) => {
      doc.settings.theme = 'dark';
      doc.windowState = { x: 10, y: 20, width: 1000, height: 700, maximized: false };
    });
    const second = await openStore({ dir: dir() });
    expect(second.db.data.settings.theme).toBe('dark');
    expect(second.db.data.windowState).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    expect(second.status.backup).toBeUndefined();
    expect((await readdir(dir())).sort()).toEqual([STORE_FILE_NAME]);
  });

  it('moves a corrupt file aside to a timestamped backup and reports it', async () => {
    await writeFile(join(dir(), STORE_FILE_NAME), '{"version":1,"settings":{');
    const store = await openStore({ dir: dir(), now: fixedNow });
    expect(store.status.backup).toEqual({ reason: 'corrupt', name: BACKUP });
    expect(await readFile(join(dir(), BACKUP), 'utf8')).toBe('{"version":1,"settings":{');
    expect((await readJson(STORE_FILE_NAME)).version).toBe(1);
    expect(store.db.data.settings.theme).toBe('system');
  });

  it.each([
    ['JSON that is not an object', '[1,2,3]'],
    ['a document without a version', '{"settings":{"theme":"dark"}}'],
    ['a non-integer version', '{"version":"1"}'],
    ['an empty file', ''],
  ])('treats %s as corrupt', async (_name, text) => {
    await writeFile(join(dir(), STORE_FILE_NAME), text);
    const store = await openStore({ dir: dir(), now: fixedNow });
    expect(store.status.backup?.reason).toBe('corrupt');
    expect(await readFile(join(dir(), BACKUP), 'utf8')).toBe(text);
  });

  it('never overwrites a document from a newer version: it is moved aside untouched', async () => {
    const newer = JSON.stringify({ version: 7, settings: { theme: 'dark' }, future: [1, 2] });
    await writeFile(join(dir(), STORE_FILE_NAME), newer);
    const store = await openStore({ dir: dir(), now: fixedNow });
    expect(store.status.backup).toEqual({ reason: 'newer-version', name: BACKUP, foundVersion: 7 });
    expect(await readFile(join(dir(), BACKUP), 'utf8')).toBe(newer);
    expect(await readJson(STORE_FILE_NAME)).toMatchObject({ version: 1, settings: { theme: 'system' } });
  });

  it('repairs invalid settings values in a current document without a backup', async () => {
    await writeFile(
      join(dir(), STORE_FILE_NAME),
      JSON.stringify({ version: 1, settings: { theme: 'neon', presenter: true }, windowState: { width: 5 } }),
    );
    const store = await openStore({ dir: dir() });
    expect(store.status.backup).toBeUndefined();
    expect(store.db.data.settings).toEqual({ theme: 'system', presenter: true, lastArea: 'world' });
    expect(store.db.data.windowState).toBeNull();
  });
});
