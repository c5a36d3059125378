/** The first-run welcome's setting: optional in stored documents, validated by `settings:set` in both hosts. */
import { describe, expect, it } from 'vitest';
import { classifyStoredDocument } from '../../../shared/ipc/appDocument';
import { parseSettingsPatchArgs } from '../../../shared/ipc/parse';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../shared/ipc/settings';

describe('welcomeDismissed setting', () => {
  it('is absent from a fresh install, so the welcome shows on first start', () => {
    expect(DEFAULT_SETTINGS.welcomeDismissed).toBeUndefined();
    expect('welcomeDismissed' in normalizeSettings(undefined)).toBe(false);
  });

  it.each([
    [{ welcomeDismissed: true }, true],
    [{ welcomeDismissed: false }, false],
    [{ welcomeDismissed: 'yes' }, undefined],
    [{ welcomeDismissed: 1 }, undefined],
    [{}, undefined],
  ])('normalizes stored %j to %s', (stored, expected) => {
    const settings = normalizeSettings({ theme: 'dark', ...stored });
    expect(settings.welcomeDismissed).toBe(expected);
    expect(settings.theme).toBe('dark');
  });

  it('survives a stored document written before it existed and one written with it', () => {
    const old = classifyStoredDocument(JSON.stringify({ version: 1, settings: { theme: 'light' } }));
    expect(old.kind === 'usable' && old.document.settings.welcomeDismissed).toBe(undefined);
    const seen = classifyStoredDocument(
      JSON.stringify({ version: 1, settings: { theme: 'light', welcomeDismissed: true } }),
    );
    expect(seen.kind === 'usable' && seen.document.settings.welcomeDismissed).toBe(true);
  });

  it('stored with a wrong type, is set aside and reported like any other setting', () => {
    const bad = classifyStoredDocument(JSON.stringify({ version: 1, settings: { welcomeDismissed: 'yes' } }));
    expect(bad.kind === 'usable' && bad.setAside).toEqual(['settings.welcomeDismissed']);
    const good = classifyStoredDocument(JSON.stringify({ version: 1, settings: { welcomeDismissed: false } }));
    expect(good.kind === 'usable' && good.setAside).toEqual([]);
  });

  it('is accepted by settings:set only as a boolean', () => {
    expect(parseSettingsPatchArgs([{ welcomeDismissed: true }])).toEqual({
      ok: true,
      value: [{ welcomeDismissed: true }],
    });
    expect(parseSettingsPatchArgs([{ welcomeDismissed: 'true' }])).toMatchObject({
      ok: false,
      error: { code: 'ipc.bad-argument', path: 'args[0].welcomeDismissed' },
    });
  });
});
