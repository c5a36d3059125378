/**
 * Waiting for the graph's fit to settle instead of waiting for a time: a busy machine may take longer to lay out, and
 * a spec that sleeps a fixed time then fails ("the graph follows its container" once did). Settled = drawn, and the
 * viewport (zoom, pan, size, node count) the same over two animation frames.
 */
import type { Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { expect } from './fixtures';

/** Resolves once the graph is drawn and its viewport stayed the same over two animation frames. */
export async function fitSettled(page: Page, testId = 'graph'): Promise<void> {
  const graph = page.getByTestId(testId).first();
  await expect(graph).toHaveAttribute('data-ready', 'true');
  await expect
    .poll(
      () =>
        graph.evaluate(async (el) => {
          const cy = (el as unknown as { _cyreg: { cy: Core } })._cyreg.cy;
          const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
          const view = () => JSON.stringify([cy.zoom(), cy.pan(), cy.width(), cy.height(), cy.nodes().length]);
          await frame();
          const a = view();
          await frame();
          await frame();
          return a === view() && cy.width() > 0;
        }),
      { timeout: 10_000 },
    )
    .toBe(true);
}
