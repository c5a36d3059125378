/**
 * Level of detail for large worlds (shared/graph/detail.ts): what is drawn for a set of open boxes, the summary a
 * closed box shows, and which boxes a viewport opens. Named cases in cases/detail-cases.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  boxSummary,
  boxesInView,
  buildGraph,
  detailView,
  mergedEdgeId,
  DETAIL_THRESHOLD,
  DETAIL_ZOOM,
  type BoxRect,
  type DrawnEdge,
  type Extent,
  type GraphModel,
  type NodeKind,
} from '../../../shared/graph';
import { importAuthzDetails } from '../../../shared/world/authz/import';
import cases from './cases/detail-cases.json';
import { generatedWorld } from './generated-world';

interface ViewCase {
  name: string;
  open: 'all' | string[];
  hidden?: string[];
  expectNodes: 'all' | string[];
  expectEdges:
    | 'all'
    | {
        id: string;
        kind: string;
        source: string;
        target: string;
        count: number;
        merged: boolean;
        conditional: boolean;
      }[];
  expectCounts?: Record<string, Partial<Record<NodeKind, number>>>;
}

const base = cases.base as GraphModel;
/** A box is a node that holds another one (what boxRects gives a rectangle to). */
const boxes = new Set(base.nodes.flatMap((n) => (n.parent !== undefined ? [n.parent] : [])));
const isBox = (id: string) => boxes.has(id);

/** A drawn edge in the shape of the cases (conditional spelled out). */
const shape = (e: DrawnEdge) => ({
  id: e.id,
  kind: e.kind,
  source: e.source,
  target: e.target,
  count: e.count,
  merged: e.merged,
  conditional: e.conditional === true,
});

describe('detailView', () => {
  for (const c of cases.views as ViewCase[]) {
    it(c.name, () => {
      const hidden = new Set(c.hidden ?? []);
      const visible = new Set(base.nodes.map((n) => n.id).filter((id) => !hidden.has(id)));
      const view = detailView(base, visible, isBox, c.open === 'all' ? 'all' : new Set(c.open));
      expect(view.nodes.map((n) => n.id)).toEqual(
        c.expectNodes === 'all' ? base.nodes.map((n) => n.id) : c.expectNodes,
      );
      const edges = view.edges.map(shape);
      if (c.expectEdges === 'all') {
        expect(edges).toEqual(
          base.edges.map((e) => ({ ...e, count: 1, merged: false, conditional: e.conditional === true })),
        );
      } else {
        expect(edges).toEqual(c.expectEdges);
      }
      if (c.expectCounts) expect(Object.fromEntries(view.counts)).toEqual(c.expectCounts);
      // Whatever is open: every leaf with a box knows it, every drawn edge joins two drawn nodes, none is a loop,
      // and the counts add up to the model edges they stand for (those with both ends visible, or drawn as they are).
      for (const n of base.nodes)
        if (n.parent !== undefined && !isBox(n.id)) expect(view.holder.get(n.id)).toBe(n.parent);
      const drawn = new Set(view.nodes.map((n) => n.id));
      for (const e of view.edges) {
        expect(drawn.has(e.source) && drawn.has(e.target), e.id).toBe(true);
        expect(e.source).not.toBe(e.target);
        if (e.merged) expect(e.id).toBe(mergedEdgeId(e.kind, e.source, e.target));
      }
      expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
    });
  }

  it('does not change the model it is given', () => {
    const before = JSON.stringify(base);
    detailView(base, new Set(base.nodes.map((n) => n.id)), isBox, new Set());
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('boxSummary', () => {
  for (const c of cases.summaries as {
    name: string;
    counts: Partial<Record<NodeKind, number>> | null;
    max?: number;
    expect: string;
  }[]) {
    it(c.name, () => {
      expect(boxSummary(c.counts ?? undefined, c.max)).toBe(c.expect);
    });
  }
});

describe('boxesInView', () => {
  const rects = new Map(Object.entries(cases.inView.rects) as [string, BoxRect][]);
  const holders = new Set(cases.inView.holders);
  for (const c of cases.inView.cases as {
    name: string;
    view: Extent;
    zoom: number;
    margin?: number;
    expect: string[];
  }[]) {
    it(c.name, () => {
      expect([...boxesInView(rects, holders, c.view, c.zoom, c.margin)].sort()).toEqual(c.expect);
    });
  }
});

describe('DETAIL_THRESHOLD', () => {
  it('draws the imported example account whole, and a generated 8-account world (~2,000 nodes) with level of detail', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'authz-details-example.json'), 'utf8');
    const r = importAuthzDetails(JSON.parse(text));
    if (!r.ok) throw new Error('import failed');
    const example = buildGraph(r.world);
    expect(example.nodes.length + example.edges.length).toBeLessThanOrEqual(DETAIL_THRESHOLD);
    const large = buildGraph(generatedWorld(8));
    expect(large.nodes.length + large.edges.length).toBeGreaterThan(DETAIL_THRESHOLD);
  });

  it('opens boxes only from a zoom where leaves can be read, and not at 1:1 only', () => {
    expect(DETAIL_ZOOM).toBeGreaterThan(0);
    expect(DETAIL_ZOOM).toBeLessThan(1);
  });
});
