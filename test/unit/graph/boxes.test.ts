/** Boxes as rectangles computed from the layout: they hold their leaves, nest, and follow the filter. */
import { describe, expect, it } from 'vitest';
import { boxRects, buildGraph, layoutGraph, leafExtent, DEFAULT_BOX_METRICS, type GraphModel } from '../../../shared/graph';
import { welcomeWorld } from '../../../shared/world';
import { organizationWorld } from '../../../shared/world/samples';

const A = '111122223333';

function inside(inner: { x1: number; y1: number; x2: number; y2: number }, r: { x: number; y: number; w: number; h: number }): boolean {
  return inner.x1 >= r.x - r.w / 2 && inner.x2 <= r.x + r.w / 2 && inner.y1 >= r.y - r.h / 2 && inner.y2 <= r.y + r.h / 2;
}

describe('boxRects', () => {
  it('gives every node with children a rectangle holding each of its leaves with their labels, and no leaf one', () => {
    const model = buildGraph(welcomeWorld());
    const positions = layoutGraph(model);
    const all = new Set(model.nodes.map((n) => n.id));
    const rects = boxRects(model, positions, all);
    const account = rects.get(A)!;
    expect(account).toBeDefined();
    const leaves = model.nodes.filter((n) => n.parent === A);
    expect(leaves.length).toBeGreaterThan(3);
    for (const n of leaves) expect(inside(leafExtent(positions[n.id], n.label, DEFAULT_BOX_METRICS), account)).toBe(true);
    for (const n of leaves) expect(rects.has(n.id)).toBe(false);
  });

  it('nests: an organization box holds its OU and account boxes, and is drawn under them (lower depth)', () => {
    const model = buildGraph(organizationWorld());
    const positions = layoutGraph(model);
    const rects = boxRects(model, positions, new Set(model.nodes.map((n) => n.id)));
    const org = model.nodes.find((n) => n.kind === 'organization')!;
    const orgRect = rects.get(org.id)!;
    const inOrg = model.nodes.filter((n) => n.parent === org.id && rects.has(n.id));
    expect(inOrg.length).toBeGreaterThan(0);
    for (const child of inOrg) {
      const r = rects.get(child.id)!;
      expect(inside({ x1: r.x - r.w / 2, y1: r.y - r.h / 2, x2: r.x + r.w / 2, y2: r.y + r.h / 2 }, orgRect)).toBe(true);
      expect(r.depth).toBe(orgRect.depth + 1);
    }
  });

  it('shrinks to the visible leaves when a filter hides some', () => {
    const model: GraphModel = buildGraph(welcomeWorld());
    const positions = layoutGraph(model);
    const all = new Set(model.nodes.map((n) => n.id));
    const full = boxRects(model, positions, all).get(A)!;
    const root = `arn:aws:iam::${A}:root`;
    const onlyRoot = boxRects(model, positions, new Set([A, root])).get(A)!;
    expect(onlyRoot.w * onlyRoot.h).toBeLessThan(full.w * full.h);
    expect(inside(leafExtent(positions[root], 'root', DEFAULT_BOX_METRICS), onlyRoot)).toBe(true);
  });
});
