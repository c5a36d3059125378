/** Classifying stored text: missing, usable, corrupt, newer; and backup names. */
import { describe, expect, it } from 'vitest';
import { backupName, classifyStoredDocument, normalizeWindowState } from '../../../shared/ipc/appDocument';

describe('classifyStoredDocument', () => {
  it.each([
    ['nothing stored', null, 'missing'],
    ['a current document', '{"version":1,"settings":{}}', 'usable'],
    ['not JSON', '{version: 1}', 'corrupt'],
    ['truncated JSON', '{"version":1,', 'corrupt'],
    ['a JSON string', '"hello"', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['version 0', '{"version":0}', 'corrupt'],
    ['fractional version', '{"version":1.5}', 'corrupt'],
    ['a newer version', '{"version":2}', 'newer-version'],
  ])('%s → %s', (_name, text, kind) => {
    expect(classifyStoredDocument(text).kind).toBe(kind);
  });

  it('keeps unknown top-level fields of a current document (later issues add them)', () => {
    const verdict = classifyStoredDocument('{"version":1,"world":{"name":"w"}}');
    expect(verdict).toMatchObject({ kind: 'usable', document: { world: { name: 'w' }, windowState: null } });
  });

  it('reports the version it found in a newer document', () => {
    expect(classifyStoredDocument('{"version":12}')).toEqual({ kind: 'newer-version', foundVersion: 12 });
  });
});

describe('backupName and window state', () => {
  it('makes a file-system-safe timestamped name', () => {
    expect(backupName('iam-lab.json', '2025-01-02T03:04:05.678Z')).toBe(
      'iam-lab.json.backup-2025-01-02T03-04-05-678Z.json',
    );
  });

  it('keeps sensible window bounds and drops nonsense', () => {
    expect(normalizeWindowState({ x: 1.4, y: 2, width: 900.6, height: 700, maximized: true })).toEqual({
      x: 1,
      y: 2,
      width: 901,
      height: 700,
      maximized: true,
    });
    expect(normalizeWindowState({ width: 900, height: 700 })).toEqual({ width: 900, height: 700, maximized: false });
    expect(normalizeWindowState({ width: Infinity, height: 700 })).toBeNull();
    expect(normalizeWindowState('big')).toBeNull();
  });
});
