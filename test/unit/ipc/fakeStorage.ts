/**
 * A localStorage stand-in for the browser twin's host tests (hosts, lesson packs, worlds, layout, persistence): an
 * in-memory Storage that can be made to refuse writes like a full browser storage, installed afresh for each test.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { HostApi } from '../../../shared/ipc/contract';

/** In-memory `Storage`; `fullFor` (a key) and `quota` (a value length) make writes throw QuotaExceededError. */
export class MemoryStorage {
  items = new Map<string, string>();
  /** When set, writes to this key throw like a full browser storage. */
  fullFor: string | null = null;
  /** Writes of a longer value throw like a full browser storage. */
  quota = Infinity;
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (key === this.fullFor || String(value).length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  };
  removeItem = (key: string) => void this.items.delete(key);
  clear = () => this.items.clear();
  key = (i: number) => [...this.items.keys()][i] ?? null;
  get length() {
    return this.items.size;
  }
}

/**
 * Before each test (of the file, or of the describe block it is called in) installs a fresh MemoryStorage as
 * `localStorage` and a navigator with a test user agent; removes both after it. Returns the current storage.
 */
export function useMemoryStorage(): () => MemoryStorage {
  let storage = new MemoryStorage();
  beforeEach(() => {
    storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('navigator', { userAgent: 'test-agent' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return () => storage;
}

/** The twin's clock in these tests. */
export const TWIN_NOW = () => new Date('2025-06-01T10:00:00.000Z');

/** A fresh browser-twin host over the installed storage (what a page reload makes), version 1.2.3, clock TWIN_NOW. */
export async function twinHost(): Promise<HostApi> {
  const { createBrowserHost } = await import('../../../renderer/src/host/browserHost');
  return createBrowserHost('1.2.3', TWIN_NOW);
}
