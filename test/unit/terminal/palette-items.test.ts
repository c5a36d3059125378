/** The command palette's items and ranking (renderer/src/palette/paletteItems.ts). */
import { describe, expect, it, vi } from 'vitest';
import { entityItems, matchItems, scoreItem, type PaletteItem } from '../../../renderer/src/palette/paletteItems';
import { buildGraph } from '../../../shared/graph';
import { welcomeWorld } from '../../../shared/world/samples';

const item = (id: string, label: string, group: PaletteItem['group'] = 'action', keywords?: string): PaletteItem => ({ id, label, group, keywords, run: () => {} });

describe('entityItems', () => {
  it('offers every entity of the world with its kind and ARN, and selecting runs with the node id', () => {
    const select = vi.fn();
    const items = entityItems(buildGraph(welcomeWorld()).nodes, select);
    const alice = items.find((i) => i.label === 'alice');
    expect(alice?.detail).toBe('IAM user · arn:aws:iam::111122223333:user/alice');
    alice?.run();
    expect(select).toHaveBeenCalledWith('arn:aws:iam::111122223333:user/alice');
    expect(items.some((i) => i.id.startsWith('entity:') && i.label === 'Developers')).toBe(true);
  });

  it('finds an entity by an ARN fragment', () => {
    const items = entityItems(buildGraph(welcomeWorld()).nodes, () => {});
    expect(matchItems(items, ':user/bob')[0].label).toBe('bob');
  });
});

describe('matchItems', () => {
  const items = [item('a', 'Open terminal', 'action', 'cli'), item('b', 'Go to World'), item('e', 'alice', 'entity'), item('l', 'Start lesson: Policy anatomy', 'lesson')];

  it('lists actions first, then entities, then lessons for an empty query', () => {
    expect(matchItems([items[3], items[2], items[0]], '').map((i) => i.id)).toEqual(['a', 'e', 'l']);
  });

  it('needs every word, ranks label prefixes above mere containment, and matches keywords', () => {
    expect(matchItems(items, 'open term').map((i) => i.id)).toEqual(['a']);
    expect(matchItems(items, 'cli').map((i) => i.id)).toEqual(['a']);
    expect(matchItems(items, 'xyz')).toEqual([]);
    expect(scoreItem(item('1', 'alice'), 'ali')).toBeGreaterThan(scoreItem(item('2', 'malice'), 'ali'));
    expect(scoreItem(item('1', 'alice'), 'alice')).toBeGreaterThan(scoreItem(item('2', 'alice2'), 'alice'));
  });

  it('is case-insensitive and respects the limit', () => {
    const many = Array.from({ length: 100 }, (_, i) => item(`i${i}`, `User ${i}`, 'entity'));
    expect(matchItems(many, 'USER', 10)).toHaveLength(10);
  });
});
