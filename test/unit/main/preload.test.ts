/** The preload exposes one object of named functions, never ipcRenderer, built from the contract's method table. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_METHODS } from '../../../shared/ipc/contract';
import { createFakeElectron } from './fakeElectron';

const fake = createFakeElectron('/unused');
vi.mock('electron', () => fake.module);

type Api = Record<string, (...args: unknown[]) => unknown>;
let api: Api;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  api = fake.exposed.iamLab as Api;
});

describe('preload', () => {
  it('exposes only window.iamLab, with the contract methods and onMenuCommand', () => {
    expect(Object.keys(fake.exposed)).toEqual(['iamLab']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(HOST_METHODS), 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('maps each method to its channel and passes the arguments through', async () => {
    for (const [method, channel] of Object.entries(HOST_METHODS)) {
      const answer = await api[method]({ probe: method });
      expect(answer).toEqual({ ok: true, value: { channel, args: [{ probe: method }] } });
    }
  });

  it('gives menu listeners the command only, drops unknown commands, and unsubscribes', () => {
    const listener = vi.fn();
    const off = api.onMenuCommand(listener) as () => void;
    const raw = fake.rendererListeners.get('menu:command')!;
    raw({ sender: 'event' }, 'view.theme-toggle');
    raw({ sender: 'event' }, 'rm -rf');
    expect(listener.mock.calls).toEqual([['view.theme-toggle']]);
    off();
    expect(fake.rendererListeners.has('menu:command')).toBe(false);
  });
});
