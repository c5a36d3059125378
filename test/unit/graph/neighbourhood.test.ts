/**
 * The neighbourhood view's pure part (shared/graph/neighbourhood.ts): which leaves lie within N steps, which shown
 * leaves can be expanded, what is drawn with the other filters on. Named cases in cases/neighbourhood-cases.json, and
 * the imported example account (the e2e spec walks the same role).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphModel, type Positions } from '../../../shared/graph';
import { neighbourhoodBands, neighbourhoodLayout } from '../../../shared/graph/neighbourhood-layout';
import {
  addNode,
  expandNode,
  hiddenNeighbours,
  leafAdjacency,
  neighbourhoodIds,
  neighbourhoodModel,
  oneStepFurther,
  restrictToNeighbourhood,
  withinSteps,
  type NeighbourhoodSpec,
} from '../../../shared/graph/neighbourhood';
import { importAuthzDetails } from '../../../shared/world/authz/import';
import cases from './cases/neighbourhood-cases.json';

const model = cases.model as GraphModel;
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('neighbourhoodIds and hiddenNeighbours (named cases)', () => {
  for (const c of cases.cases) {
    it(c.name, () => {
      const spec = c.spec as NeighbourhoodSpec;
      const shown = neighbourhoodIds(model, spec);
      expect(sorted(shown)).toEqual(sorted(c.shown));
      expect(Object.fromEntries(hiddenNeighbours(leafAdjacency(model), shown))).toEqual(c.more);
    });
  }
});

describe('restrictToNeighbourhood (named cases)', () => {
  for (const c of cases.restrict) {
    it(c.name, () => {
      expect(sorted(restrictToNeighbourhood(new Set(c.visible), new Set(c.shown)))).toEqual(sorted(c.expect));
    });
  }
});

describe('neighbourhoodBands and neighbourhoodLayout (named cases)', () => {
  for (const c of cases.bands) {
    it(`bands: ${c.name}`, () => {
      expect(Object.fromEntries(neighbourhoodBands(model, c.centre, new Set(c.shown)))).toEqual(c.bands);
    });
  }
  for (const c of cases.layout) {
    it(`layout: ${c.name}`, () => {
      const dragged = (c as { dragged?: Positions }).dragged ?? {};
      expect(neighbourhoodLayout(model, c.centre, new Set(c.shown), c.options, dragged)).toEqual(c.positions);
    });
  }
});

describe('the neighbourhood helpers', () => {
  it('withinSteps gives each leaf its distance from the nearest seed', () => {
    const dist = withinSteps(leafAdjacency(model), ['Admin', 'bob'], 1);
    expect(Object.fromEntries(dist)).toEqual({
      Admin: 0,
      bob: 0,
      AdminProfile: 1,
      ReadOnlyAccess: 1,
      alice: 1,
      'ec2.amazonaws.com': 1,
      devs: 1,
      Boundary: 1,
    });
  });

  it('oneStepFurther, expandNode and addNode change one thing, and do not repeat an id', () => {
    const spec: NeighbourhoodSpec = { centre: 'Admin', steps: 1, expanded: [], added: [] };
    expect(oneStepFurther(spec)).toEqual({ ...spec, steps: 2 });
    const once = expandNode(spec, 'alice');
    expect(once.expanded).toEqual(['alice']);
    expect(expandNode(once, 'alice')).toBe(once);
    const added = addNode(spec, 'bob');
    expect(added.added).toEqual(['bob']);
    expect(addNode(added, 'bob')).toBe(added);
  });

  it('neighbourhoodModel keeps the shown leaves (out of their boxes) and the edges between them', () => {
    const part = neighbourhoodModel(model, new Set(['Admin', 'alice', 'ReadOnlyAccess']));
    expect(part.nodes.map((n) => n.id)).toEqual(['alice', 'Admin', 'ReadOnlyAccess']);
    expect(part.nodes.every((n) => n.parent === undefined)).toBe(true);
    expect(part.edges.map((e) => e.id)).toEqual(['attached:Admin->ReadOnlyAccess', 'can-assume:alice->Admin']);
  });
});

describe('ids from the world are data, never object keys with a meaning', () => {
  it('a service named "__proto__" in a trust policy is laid out like any other node', () => {
    const odd: GraphModel = {
      nodes: [
        { id: 'Admin', kind: 'role', label: 'Admin' },
        { id: '__proto__', kind: 'service', label: '__proto__' },
      ],
      edges: [{ id: 'can-assume:__proto__->Admin', kind: 'can-assume', source: '__proto__', target: 'Admin' }],
    };
    const shown = neighbourhoodIds(odd, { centre: 'Admin', steps: 1, expanded: [], added: [] });
    expect(sorted(shown)).toEqual(['Admin', '__proto__']);
    const at = neighbourhoodLayout(odd, 'Admin', shown, { columns: 2, columnWidth: 100, rowHeight: 50, bandGap: 0 });
    expect(Object.keys(at).sort()).toEqual(['Admin', '__proto__']);
    expect(at['__proto__']).toEqual({ x: 0, y: -50 });
  });
});

describe('the imported example account', () => {
  const file = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'authz-details-example.json'), 'utf8'),
  );
  const imported = importAuthzDetails(file);
  if (!imported.ok) throw new Error('the example account does not import');
  const graph = buildGraph(imported.world);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const role = graph.nodes.find((n) => n.kind === 'role' && n.label === 'privesc-high-priv-service-role')!;
  const labels = (ids: Iterable<string>) =>
    sorted([...ids].map((id) => `${byId.get(id)!.kind}:${byId.get(id)!.label}`));

  it('one step from a service role: its policies, the nine services that can assume it, its instance profile', () => {
    const shown = neighbourhoodIds(graph, { centre: role.id, steps: 1, expanded: [], added: [] });
    expect(labels(shown)).toEqual(
      sorted([
        'role:privesc-high-priv-service-role',
        'policy:privesc-high-priv-service-policy',
        'aws-policy:AmazonSSMManagedInstanceCore',
        'instance-profile:privesc-high-priv-service-profile',
        ...[
          'cloudformation',
          'codebuild',
          'datapipeline',
          'ec2',
          'ecs-tasks',
          'eks',
          'elasticbeanstalk',
          'glue',
          'lambda',
          'sagemaker',
        ].map((s) => `service:${s}.amazonaws.com`),
      ]),
    );
    // The two services other roles trust too are the edge of the view.
    const more = hiddenNeighbours(leafAdjacency(graph), shown);
    expect(labels(more.keys())).toEqual(['service:cloudformation.amazonaws.com', 'service:ec2.amazonaws.com']);
  });

  it('in bands of three: the instance profile and ten services above the role, its two policies below', () => {
    const shown = neighbourhoodIds(graph, { centre: role.id, steps: 1, expanded: [], added: [] });
    const bands = neighbourhoodBands(graph, role.id, shown);
    const inBand = (b: number) => labels([...bands].filter(([, x]) => x === b).map(([id]) => id));
    expect(inBand(-1)).toHaveLength(11);
    expect(inBand(1)).toEqual(['aws-policy:AmazonSSMManagedInstanceCore', 'policy:privesc-high-priv-service-policy']);
    const at = neighbourhoodLayout(neighbourhoodModel(graph, shown), role.id, shown, { columns: 3 });
    const xs = Object.values(at).map((p) => p.x);
    const ys = Object.values(at).map((p) => p.y);
    // 3 columns 180 apart; 4 rows above, the centre, 1 row below (with gaps between bands).
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([-180, 180]);
    expect(new Set(ys).size).toBe(6);
    expect(at[role.id]).toEqual({ x: 0, y: 0 });
  });
});
