/**
 * requestNodeIds (shared/graph/request-nodes.ts): the leaves a request touches, which the Evaluate area draws as a
 * neighbourhood (named cases in cases/request-nodes-cases.json); and the neighbourhood layout's `flat` rows, which it
 * is drawn in when projected.
 */
import { describe, expect, it } from 'vitest';
import type { GraphModel } from '../../../shared/graph';
import { neighbourhoodLayout } from '../../../shared/graph/neighbourhood-layout';
import { requestNodeIds } from '../../../shared/graph/request-nodes';
import type { EvaluationRequest } from '../../../shared/iam/request';
import cases from './cases/request-nodes-cases.json';

const model = cases.model as GraphModel;

describe('requestNodeIds (named cases)', () => {
  for (const c of cases.cases) {
    it(c.name, () => {
      const requests = c.requests as unknown as Array<EvaluationRequest | undefined>;
      expect(
        requestNodeIds(
          model,
          requests.map((r) => r ?? undefined),
        ),
      ).toEqual(c.expect);
    });
  }
});

describe('neighbourhoodLayout flat (the Evaluate request projected)', () => {
  it('puts every node in one band, in rows of `columns` by kind then name, each row centred', () => {
    const ids = cases.cases[0].expect;
    const shown = new Set(ids);
    const grid = { columns: 3, columnWidth: 174, rowHeight: 76, bandGap: 0.1 };
    const flat = neighbourhoodLayout(model, ids[0], shown, { ...grid, flat: true });
    const rows = new Map<number, string[]>();
    for (const id of ids) rows.set(flat[id].y, [...(rows.get(flat[id].y) ?? []), id]);
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual([0, 76, 152]);
    // user, group, group, then the policies (inline after customer managed), then the resource.
    const label = (id: string) => model.nodes.find((n) => n.id === id)!.label;
    const row = (y: number) => [...rows.get(y)!].sort((a, b) => flat[a].x - flat[b].x).map(label);
    expect(row(0)).toEqual(['alice', 'devs', 'ops']);
    expect(row(76)).toEqual(['Boundary', 'DevRead', 'Own']);
    expect(row(152)).toEqual(['reports']);
    expect(flat[ids[ids.length - 1]].x).toBe(0);
    // Without `flat` the same nodes take bands: the groups and policies below alice, the bucket below them.
    const banded = neighbourhoodLayout(model, ids[0], shown, grid);
    expect(new Set(ids.map((id) => banded[id].y)).size).toBeGreaterThan(3);
  });
});
