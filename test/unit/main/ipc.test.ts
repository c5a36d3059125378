/** Main's IPC gate: sender check, argument parsing with the shared parsers, results instead of thrown errors. */
import { describe, expect, it, vi } from 'vitest';
import { dispatch, registerIpc, type IpcMainLike } from '../../../electron/main/ipc';
import { isTrustedSender, type SenderEvent } from '../../../electron/main/sender';
import { CHANNELS, type ChannelHandlers } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';
import { DEFAULT_SETTINGS } from '../../../shared/ipc/settings';

const WINDOW_ID = 7;
const trusted = { webContentsId: () => WINDOW_ID, devServerUrl: 'http://localhost:5173/' };
const event = (id: number, url: string, parent: unknown = null): SenderEvent => ({
  sender: { id },
  senderFrame: { url, parent },
});

function fakeHandlers(): ChannelHandlers {
  // Channels other issues add answer a plain ok; the ones these tests use are spelled out.
  const generic = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => ok(null))]));
  return {
    ...generic,
    'settings:get': vi.fn(async () => ok({ ...DEFAULT_SETTINGS })),
    'settings:set': vi.fn(async (patch) => ok({ ...DEFAULT_SETTINGS, ...patch })),
    'store:status': vi.fn(async () => ok({ location: '/tmp/iam-lab.json' })),
    'app:info': vi.fn(async () => ok({ name: 'IAM Lab', version: '0.1.0', host: 'desktop' as const, runtime: {} })),
  } as unknown as ChannelHandlers;
}

describe('isTrustedSender', () => {
  it.each([
    ['the window top frame on app://iam-lab', event(WINDOW_ID, 'app://iam-lab/index.html'), true],
    ['the window on the dev server', event(WINDOW_ID, 'http://localhost:5173/index.html'), true],
    ['a file:// page in the window', event(WINDOW_ID, 'file:///app/out/renderer/index.html'), false],
    ['another app:// host', event(WINDOW_ID, 'app://evil/index.html'), false],
    ['app:// with a user part', event(WINDOW_ID, 'app://x@iam-lab/index.html'), false],
    ['another webContents', event(8, 'app://iam-lab/index.html'), false],
    ['a sub-frame', event(WINDOW_ID, 'app://iam-lab/index.html', { url: 'app://iam-lab/' }), false],
    ['a remote page in the window', event(WINDOW_ID, 'https://evil.example/'), false],
    ['another localhost port', event(WINDOW_ID, 'http://localhost:6666/'), false],
    ['a garbage URL', event(WINDOW_ID, 'not a url'), false],
  ])('%s → %s', (_name, e, expected) => {
    expect(isTrustedSender(e, trusted)).toBe(expected);
  });

  it('refuses http origins when no dev server is configured (packaged app)', () => {
    expect(isTrustedSender(event(WINDOW_ID, 'http://localhost:5173/'), { webContentsId: () => WINDOW_ID })).toBe(false);
  });

  it('refuses everything before the window exists', () => {
    expect(isTrustedSender(event(WINDOW_ID, 'app://iam-lab/x'), { webContentsId: () => undefined })).toBe(false);
  });

  it('refuses an event without a frame', () => {
    expect(isTrustedSender({ sender: { id: WINDOW_ID }, senderFrame: null }, trusted)).toBe(false);
  });
});

describe('dispatch', () => {
  const yes = () => true;

  it('rejects an untrusted sender without running the handler', async () => {
    const handlers = fakeHandlers();
    const result = await dispatch('settings:set', event(1, 'https://x'), [{ theme: 'dark' }], handlers, () => false);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'ipc.untrusted-sender' }) });
    expect(handlers['settings:set']).not.toHaveBeenCalled();
  });

  it.each([
    ['no argument', []],
    ['two arguments', [{}, {}]],
    ['a string', ['dark']],
    ['an array', [['theme']]],
    ['an unknown key', [{ fontSize: 30 }]],
    ['a bad theme', [{ theme: 'neon' }]],
    ['a non-boolean presenter', [{ presenter: 'yes' }]],
    ['a bad area', [{ lastArea: 'billing' }]],
  ])('rejects settings:set with %s, naming the path', async (_name, args) => {
    const handlers = fakeHandlers();
    const result = await dispatch('settings:set', event(WINDOW_ID, 'app://iam-lab/'), args, handlers, yes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('ipc.bad-argument');
      expect(result.error.path).toMatch(/^args/);
    }
    expect(handlers['settings:set']).not.toHaveBeenCalled();
  });

  it('rejects extra arguments on a no-argument channel', async () => {
    const result = await dispatch('settings:get', event(WINDOW_ID, 'app://iam-lab/'), [1], fakeHandlers(), yes);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.bad-argument', path: 'args' } });
  });

  it('passes parsed arguments to the handler and returns its result', async () => {
    const handlers = fakeHandlers();
    const result = await dispatch(
      'settings:set',
      event(WINDOW_ID, 'app://iam-lab/'),
      [{ theme: 'dark' }],
      handlers,
      yes,
    );
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(handlers['settings:set']).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('turns a handler bug into an ipc.internal result instead of throwing', async () => {
    const handlers = fakeHandlers();
    handlers['settings:get'] = async () => {
      throw new Error('boom');
    };
    const log = vi.fn();
    const result = await dispatch('settings:get', event(WINDOW_ID, 'app://iam-lab/'), [], handlers, yes, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.internal' } });
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel, each going through the sender check', async () => {
    const registered = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) };
    registerIpc(ipcMain, fakeHandlers(), (e) => isTrustedSender(e, trusted));
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
    const refused = await registered.get('settings:get')!(event(99, 'app://iam-lab/'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'ipc.untrusted-sender' } });
    const answered = await registered.get('settings:get')!(event(WINDOW_ID, 'app://iam-lab/index.html'));
    expect(answered).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });
});
