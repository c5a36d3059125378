/** Which edges arc over the nodes in their way (shared/graph/arcs.ts), from named cases in cases/arc-cases.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgeArcs, type GraphEdge, type Positions } from '../../../shared/graph';

interface ArcCase {
  name: string;
  positions: Positions;
  nodes?: string[];
  edges: [string, string][];
  arcs: Record<string, number>;
}

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'cases', 'arc-cases.json'), 'utf8')) as { cases: ArcCase[] };

describe('edgeArcs', () => {
  for (const c of cases) {
    it(c.name, () => {
      const edges: GraphEdge[] = c.edges.map(([source, target]) => ({ id: `${source}->${target}`, kind: 'attached', source, target }));
      const arcs = edgeArcs(edges, c.positions, c.nodes ?? Object.keys(c.positions));
      expect(Object.fromEntries(arcs)).toEqual(c.arcs);
    });
  }
});
