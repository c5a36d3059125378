/**
 * `files:open` / `files:save` in main: the native dialog (the fake Electron's), the real disk in a temporary folder,
 * and the IPC gate in front (arguments parsed with the shared parsers before any dialog opens).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFileHandlers, type FileDeps } from '../../../electron/main/files';
import { createHandlers } from '../../../electron/main/handlers';
import { dispatch } from '../../../electron/main/ipc';
import { parseOpenFileArgs, parseSaveFileArgs } from '../../../shared/ipc/files';
import { createFakeElectron } from './fakeElectron';

let dir: string;
let electron: ReturnType<typeof createFakeElectron>['module'];
let deps: FileDeps;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iam-lab-files-'));
  electron = createFakeElectron(dir).module;
  deps = {
    showOpenDialog: (o) => electron.dialog.showOpenDialog(o),
    showSaveDialog: (o) => electron.dialog.showSaveDialog(o),
    fileSize: async (p) => (await stat(p)).size,
    readFile: (p) => readFile(p, 'utf8'),
    writeFileAtomic: async (p, text) => {
      await writeFile(`${p}.tmp`, text);
      await rename(`${p}.tmp`, p);
    },
  };
});

describe('files:open', () => {
  it('reads the file the user picked and answers its base name and text', async () => {
    const path = join(dir, 'world.json');
    writeFileSync(path, '{"format":"iam-lab-scenario"}');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const r = await createFileHandlers(deps)['files:open']({ purpose: 'scenario' });
    expect(r).toEqual({ ok: true, value: { name: 'world.json', text: '{"format":"iam-lab-scenario"}' } });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Open scenario', properties: ['openFile'] }));
  });

  it('answers null when the user cancels', async () => {
    expect(await createFileHandlers(deps)['files:open']({ purpose: 'authz-details' })).toEqual({ ok: true, value: null });
  });

  it('answers a result error (not a throw) for a file that cannot be read', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'gone.json')] });
    const r = await createFileHandlers(deps)['files:open']({ purpose: 'scenario' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'files.unreadable', message: expect.stringContaining('gone.json') });
  });

  it('refuses a file larger than the limit before reading it', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'big.json')] });
    const r = await createFileHandlers({ ...deps, fileSize: async () => 1e9, readFile: async () => 'never' })['files:open']({ purpose: 'scenario' });
    expect(r.ok === false && r.error.code).toBe('files.too-large');
  });
});

describe('files:save', () => {
  it('writes the text where the user chose and answers the base name', async () => {
    const path = join(dir, 'out.json');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const r = await createFileHandlers(deps)['files:save']({ suggestedName: 'welcome.iam-lab.json', text: '{"a":1}\n' });
    expect(r).toEqual({ ok: true, value: { saved: true, name: 'out.json' } });
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'welcome.iam-lab.json' }));
  });

  it('answers saved:false on cancel and writes nothing', async () => {
    const r = await createFileHandlers(deps)['files:save']({ suggestedName: 'x.json', text: 'x' });
    expect(r).toEqual({ ok: true, value: { saved: false } });
  });

  it('answers files.unwritable when the folder does not exist', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'no', 'such', 'x.json') });
    const r = await createFileHandlers(deps)['files:save']({ suggestedName: 'x.json', text: 'x' });
    expect(r.ok === false && r.error.code).toBe('files.unwritable');
  });
});

describe('argument parsing (before any dialog opens)', () => {
  it.each([
    ['no argument', []],
    ['a string', ['scenario']],
    ['an unknown purpose', [{ purpose: 'passwords' }]],
    ['an extra field', [{ purpose: 'scenario', path: '/etc/passwd' }]],
  ])('files:open refuses %s', (_n, args) => {
    const r = parseOpenFileArgs(args);
    expect(r.ok === false && r.error.code).toBe('ipc.bad-argument');
  });

  it.each([
    ['a path in the name', [{ suggestedName: '../../.bashrc', text: 'x' }], 'args[0].suggestedName'],
    ['a hidden file name', [{ suggestedName: '.bashrc', text: 'x' }], 'args[0].suggestedName'],
    ['a non-string text', [{ suggestedName: 'a.json', text: 5 }], 'args[0].text'],
    ['an extra field', [{ suggestedName: 'a.json', text: 'x', path: '/tmp/a' }], 'args[0].path'],
  ])('files:save refuses %s, naming %s', (_n, args, path) => {
    const r = parseSaveFileArgs(args);
    expect(r.ok === false && r.error.path).toBe(path);
  });

  it('the gate rejects a bad save request without showing a dialog', async () => {
    const handlers = createHandlers({} as never, {} as never, createFileHandlers(deps));
    const r = await dispatch('files:save', { sender: { id: 1 }, senderFrame: { url: 'file:///', parent: null } }, [{ suggestedName: '/etc/x', text: '' }], handlers, () => true);
    expect(r.ok).toBe(false);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('without dialogs (tests, other hosts) the handlers answer files.unavailable', async () => {
    const handlers = createHandlers({} as never, {} as never);
    const r = await handlers['files:open']({ purpose: 'scenario' });
    expect(r.ok === false && r.error.code).toBe('files.unavailable');
  });
});
