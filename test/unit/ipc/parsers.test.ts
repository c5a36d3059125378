/** The shared argument parsers and the channel table: every channel has a parser; bad input is a value, not a throw. */
import { describe, expect, it } from 'vitest';
import { ARG_PARSERS, CHANNELS, HOST_METHODS, isChannel } from '../../../shared/ipc/contract';
import { parseNoArgs, parseSettingsPatchArgs } from '../../../shared/ipc/parse';
import { normalizeSettings } from '../../../shared/ipc/settings';
import { isMenuCommand } from '../../../shared/ipc/menu';

describe('channel table', () => {
  it('names channels domain:verb, one parser each, one host method each', () => {
    expect(CHANNELS.length).toBeGreaterThan(0);
    for (const channel of CHANNELS) {
      expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
      expect(typeof ARG_PARSERS[channel]).toBe('function');
    }
    expect(Object.values(HOST_METHODS).sort()).toEqual([...CHANNELS].sort());
  });

  it('recognises only its own channels', () => {
    expect(isChannel('settings:get')).toBe(true);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel(42)).toBe(false);
  });

  it('never throws, whatever arrives', () => {
    const junk: unknown[][] = [
      [],
      [null],
      [undefined],
      [1, 2, 3],
      [{ __proto__: { theme: 'dark' } }],
      [Symbol.iterator],
    ];
    for (const channel of CHANNELS) for (const args of junk) expect(() => ARG_PARSERS[channel](args)).not.toThrow();
  });
});

describe('parseSettingsPatchArgs', () => {
  it.each([
    [{}, {}],
    [{ theme: 'light' }, { theme: 'light' }],
    [
      { theme: 'system', presenter: true, lastArea: 'practice' },
      { theme: 'system', presenter: true, lastArea: 'practice' },
    ],
  ])('accepts %j', (patch, expected) => {
    expect(parseSettingsPatchArgs([patch])).toEqual({ ok: true, value: [expected] });
  });

  it.each([
    [[null], 'args[0]'],
    [[{ theme: 'blue' }], 'args[0].theme'],
    [[{ presenter: 1 }], 'args[0].presenter'],
    [[{ lastArea: 'World' }], 'args[0].lastArea'],
    [[{ constructor: 1 }], 'args[0].constructor'],
    [[{}, {}], 'args'],
  ])('rejects %j at %s', (args, path) => {
    const result = parseSettingsPatchArgs(args);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.bad-argument', path } });
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5);
  });

  it('copies only known keys (no prototype tricks survive)', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}}');
    const result = parseSettingsPatchArgs([patch]);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('small parsers', () => {
  it('parseNoArgs accepts only an empty list', () => {
    expect(parseNoArgs([])).toEqual({ ok: true, value: [] });
    expect(parseNoArgs([undefined]).ok).toBe(false);
  });

  it('normalizeSettings fills defaults for missing or invalid fields', () => {
    expect(normalizeSettings(undefined)).toEqual({ theme: 'system', presenter: false, lastArea: 'world' });
    expect(normalizeSettings({ theme: 'dark', presenter: 'x', lastArea: 'lessons' })).toEqual({
      theme: 'dark',
      presenter: false,
      lastArea: 'lessons',
    });
  });

  it('isMenuCommand knows the menu ids', () => {
    expect(isMenuCommand('file.import')).toBe(true);
    expect(isMenuCommand('file.delete-everything')).toBe(false);
  });
});
