/**
 * Level of detail's decision of which boxes open (shared/graph/open-boxes.ts): unpaced it keeps what is open and wanted
 * and opens pinned boxes at once; paced it opens the nearest boxes first within a leaf budget and says when more wait.
 */
import { describe, expect, it } from 'vitest';
import { boxesHolding, boxesToOpen, leafCounts, leavesByBox, sameSet, type BoxRect } from '../../../shared/graph';
import { buildGraph, boxRects, layoutGraph } from '../../../shared/graph';
import { organizationWorld } from '../../../shared/world/samples';

const rect = (x: number): BoxRect => ({ x, y: 0, w: 100, h: 100, depth: 0 }) as BoxRect;
const rects = new Map([
  ['a', rect(0)],
  ['b', rect(500)],
  ['c', rect(1000)],
]);
const leafCount = new Map([
  ['a', 300],
  ['b', 300],
  ['c', 300],
]);

describe('boxesToOpen', () => {
  it('unpaced: keeps open boxes still wanted, opens pinned ones now, leaves the rest for later', () => {
    const r = boxesToOpen({
      inView: new Set(['a', 'b']),
      pinned: new Set(['c']),
      open: new Set(['a', 'x']),
      rects,
      leafCount,
      centre: { x: 0, y: 0 },
    });
    expect([...r.open].sort()).toEqual(['a', 'c']);
    expect(r.more).toBe(true);
  });

  it('paced: the nearest boxes first, until the leaf budget is spent', () => {
    const r = boxesToOpen({
      inView: new Set(['a', 'b', 'c']),
      pinned: new Set(),
      open: new Set(),
      rects,
      leafCount,
      centre: { x: 1000, y: 0 },
      budget: 400,
    });
    expect([...r.open]).toEqual(['c', 'b']);
    expect(r.more).toBe(true);
    const all = boxesToOpen({
      inView: new Set(['a', 'b', 'c']),
      pinned: new Set(),
      open: r.open,
      rects,
      leafCount,
      centre: { x: 1000, y: 0 },
      budget: 400,
    });
    expect([...all.open].sort()).toEqual(['a', 'b', 'c']);
    expect(all.more).toBe(false);
  });

  it('helpers: the boxes holding some nodes, set equality', () => {
    expect([
      ...boxesHolding(
        ['n1', 'n2', 'n3'],
        new Map([
          ['n1', 'a'],
          ['n3', 'b'],
        ]),
      ),
    ]).toEqual(['a', 'b']);
    expect(sameSet(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameSet(new Set(['a']), new Set(['a', 'b']))).toBe(false);
  });

  it('box contents from the organization sample: leaves by box at any depth, direct leaf counts', () => {
    const model = buildGraph(organizationWorld());
    const positions = layoutGraph(model);
    const r = boxRects(model, positions, new Set(model.nodes.map((n) => n.id)));
    const byBox = leavesByBox(model, r);
    const counts = leafCounts(model, r);
    const org = model.nodes.find((n) => n.kind === 'organization')!;
    const account = model.nodes.find((n) => n.kind === 'account')!;
    // The organization holds every leaf of its accounts (at depth), but directly only its own.
    expect(byBox.get(org.id)!.length).toBeGreaterThan(byBox.get(account.id)!.length);
    expect(counts.get(account.id)).toBe(model.nodes.filter((n) => n.parent === account.id && !r.has(n.id)).length);
  });
});
