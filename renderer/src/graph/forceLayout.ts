/**
 * "Spread out": Cytoscape's force-directed `cose` layout run once over the visible leaves, for exploration. The result
 * comes back as positions (kept by the store as dragged positions); boxes follow their leaves.
 */
import type { Core } from 'cytoscape';
import type { Positions } from '../../../shared/graph';

/** Runs the layout; resolves with the leaves' new positions (empty when the instance died), then `done()`. */
export function runForceLayout(cy: Core, alive: () => boolean, done: () => void): Promise<Positions> {
  return new Promise((resolve) => {
    if (!alive()) return resolve({});
    const eles = cy.elements(':visible').not('.box');
    const layout = eles.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: false,
      nodeDimensionsIncludeLabels: true,
      numIter: 600,
    } as never);
    layout.one('layoutstop', () => {
      const out: Positions = {};
      if (alive()) {
        eles.nodes().forEach((n) => {
          out[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) };
        });
        done();
      }
      resolve(out);
    });
    layout.run();
  });
}
