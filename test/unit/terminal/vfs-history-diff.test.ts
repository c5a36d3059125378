/** The terminal's in-memory file system and CliIO adapter, its history, and world diffs that undo in one step. */
import { describe, expect, it } from 'vitest';
import { MemoryFs, memoryIO, resolvePath, VfsError } from '../../../shared/terminal/vfs';
import { emptyCommandHistory, next, previous, pushLine, HISTORY_LIMIT } from '../../../shared/terminal/history';
import { diffWorlds, sameJson } from '../../../shared/terminal/world-diff';
import { applyDiff, invertDiff } from '../../../shared/world/diff';
import { applyCommand } from '../../../shared/world/commands/apply';
import { crossAccountWorld, welcomeWorld } from '../../../shared/world/samples';

describe('resolvePath', () => {
  it.each([
    ['/', 'a.json', '/a.json'],
    ['/work', 'a.json', '/work/a.json'],
    ['/work/', './x/../b.json', '/work/b.json'],
    ['/work', '/abs.json', '/abs.json'],
    ['/', '../../a.json', '/a.json'],
  ])('%s + %s → %s', (cwd, p, expected) => expect(resolvePath(cwd, p)).toBe(expected));
});

describe('MemoryFs and memoryIO', () => {
  it('reads what was written, by relative or absolute path, and lists files sorted', async () => {
    const fs = new MemoryFs({ '/b.json': '{}' });
    const out: string[] = [];
    const io = memoryIO(fs, (s, t) => out.push(`${s}:${t}`));
    await io.writeFileAtomic('a.json', 'hello');
    expect(await io.readFile('/a.json')).toBe('hello');
    expect(fs.list()).toEqual([
      { path: '/a.json', size: 5 },
      { path: '/b.json', size: 2 },
    ]);
    io.stdout('x');
    io.stderr('y');
    expect(out).toEqual(['stdout:x', 'stderr:y']);
  });

  it('rejects a missing file with an ENOENT error naming the path, like Node', async () => {
    const io = memoryIO(new MemoryFs(), () => {});
    await expect(io.readFile('nope.json')).rejects.toMatchObject({ code: 'ENOENT', message: expect.stringContaining("'/nope.json'") });
    await expect(io.readFile('nope.json')).rejects.toBeInstanceOf(VfsError);
  });

  it('refuses to write the root directory', () => {
    expect(() => new MemoryFs().write('/', 'x')).toThrow(/EISDIR/);
  });

  it('removes files', () => {
    const fs = new MemoryFs({ '/a': '1' });
    expect(fs.remove('a')).toBe(true);
    expect(fs.remove('a')).toBe(false);
    expect(fs.has('/a')).toBe(false);
  });
});

describe('command history', () => {
  it('walks back with ↑ and forward with ↓, restoring the draft', () => {
    let h = ['one', 'two', 'three'].reduce(pushLine, emptyCommandHistory());
    let r = previous(h, 'draf');
    expect(r.text).toBe('three');
    r = previous(r.history, r.text);
    expect(r.text).toBe('two');
    r = previous(r.history, r.text);
    r = previous(r.history, r.text);
    expect(r.text).toBe('one');
    h = r.history;
    r = next(h, 'one');
    expect(r.text).toBe('two');
    r = next(r.history, r.text);
    r = next(r.history, r.text);
    expect(r.text).toBe('draf');
    expect(next(r.history, 'draf').text).toBe('draf');
  });

  it('skips blank lines and immediate repeats, and keeps at most the limit', () => {
    let h = pushLine(pushLine(pushLine(emptyCommandHistory(), 'a'), 'a'), '   ');
    expect(h.lines).toEqual(['a']);
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = pushLine(h, `l${i}`);
    expect(h.lines).toHaveLength(HISTORY_LIMIT);
    expect(h.lines[h.lines.length - 1]).toBe(`l${HISTORY_LIMIT + 9}`);
  });

  it('↑ on an empty history keeps the typed text', () => {
    expect(previous(emptyCommandHistory(), 'typed').text).toBe('typed');
  });
});

describe('diffWorlds', () => {
  it('is empty for equal worlds and sameJson ignores key order', () => {
    expect(diffWorlds(welcomeWorld(), welcomeWorld()).changes).toEqual([]);
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });

  it('applies forward to the new world and inverted back to the old one', () => {
    const before = welcomeWorld();
    const r = applyCommand(before, { type: 'create-user', userName: 'zed' } as never);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const diff = diffWorlds(before, r.world);
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(sameJson(applyDiff(before, diff), r.world)).toBe(true);
    expect(sameJson(applyDiff(r.world, invertDiff(diff)), before)).toBe(true);
  });

  it('round-trips a whole-world replacement (welcome → cross-account)', () => {
    const a = welcomeWorld();
    const b = crossAccountWorld();
    const diff = diffWorlds(a, b);
    expect(sameJson(applyDiff(a, diff), b)).toBe(true);
    expect(sameJson(applyDiff(b, invertDiff(diff)), a)).toBe(true);
  });
});
