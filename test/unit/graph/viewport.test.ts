/**
 * Where the graph opens (shared/graph/viewport.ts): a picture that fits at a legible zoom is shown whole; one that does
 * not opens at the legible zoom (labels 11 px, 16 px in presenter mode) on what matters, without a blank band beyond
 * the picture's edge, or on its top-left corner when nothing is picked.
 */
import { describe, expect, it } from 'vitest';
import {
  boxRects,
  buildGraph,
  chooseViewport,
  fittingInterest,
  inView,
  layoutGraph,
  leavesBounds,
  legibleZoom,
  pictureBounds,
  LEGIBLE_LABEL_PX,
  LEGIBLE_LABEL_PX_PRESENTER,
  DEFAULT_BOX_METRICS,
} from '../../../shared/graph';
import { welcomeWorld } from '../../../shared/world';

const base = { pad: 40, maxZoom: 1.6 };

describe('legible zoom', () => {
  it('is the zoom at which the label font reaches the legible size', () => {
    expect(legibleZoom(11, LEGIBLE_LABEL_PX)).toBe(1);
    expect(legibleZoom(15, LEGIBLE_LABEL_PX_PRESENTER)).toBeCloseTo(16 / 15, 6);
  });
});

describe('chooseViewport', () => {
  it('a picture that fits legibly is centred whole, never blown up past maxZoom', () => {
    const c = chooseViewport({
      ...base,
      bounds: { x1: 0, y1: 0, x2: 100, y2: 50 },
      interest: null,
      width: 800,
      height: 600,
      legible: 1,
    })!;
    expect(c.fitsLegibly).toBe(true);
    expect(c.zoom).toBe(1.6);
    expect(c.pan.x + 1.6 * 50).toBeCloseTo(400);
    expect(c.pan.y + 1.6 * 25).toBeCloseTo(300);
  });

  it('too big: the legible zoom, centred on what matters', () => {
    const bounds = { x1: 0, y1: 0, x2: 3000, y2: 2000 };
    const interest = { x1: 1400, y1: 900, x2: 1600, y2: 1100 };
    const c = chooseViewport({ ...base, bounds, interest, width: 800, height: 600, legible: 1 })!;
    expect(c.fitsLegibly).toBe(false);
    expect(c.zoom).toBe(1);
    expect(c.pan.x + 1500).toBeCloseTo(400);
    expect(c.pan.y + 1000).toBeCloseTo(300);
  });

  it('what matters near a corner does not leave a blank band beyond the picture', () => {
    const bounds = { x1: 0, y1: 0, x2: 3000, y2: 2000 };
    const c = chooseViewport({
      ...base,
      bounds,
      interest: { x1: 10, y1: 10, x2: 60, y2: 60 },
      width: 800,
      height: 600,
      legible: 1,
    })!;
    expect(c.pan).toEqual({ x: 40, y: 40 });
  });

  it('too big with nothing picked: the top-left corner, where reading starts', () => {
    const c = chooseViewport({
      ...base,
      bounds: { x1: -100, y1: -50, x2: 3000, y2: 2000 },
      interest: null,
      width: 800,
      height: 600,
      legible: 1,
    })!;
    expect(c).toEqual({ zoom: 1, pan: { x: 140, y: 90 }, fitsLegibly: false });
  });

  it('nothing drawn or no room: no decision', () => {
    expect(chooseViewport({ ...base, bounds: null, interest: null, width: 800, height: 600, legible: 1 })).toBeNull();
    expect(
      chooseViewport({
        ...base,
        bounds: { x1: 0, y1: 0, x2: 1, y2: 1 },
        interest: null,
        width: 0,
        height: 600,
        legible: 1,
      }),
    ).toBeNull();
  });

  it('the welcome world in a 625×560 graph pane: alice legible and on screen when she is what matters', () => {
    const model = buildGraph(welcomeWorld());
    const positions = layoutGraph(model);
    const visible = new Set(model.nodes.map((n) => n.id));
    const rects = boxRects(model, positions, visible);
    const label = (id: string) => model.nodes.find((n) => n.id === id)?.label ?? '';
    const bounds = pictureBounds(rects, positions, visible, label, DEFAULT_BOX_METRICS);
    const alice = 'arn:aws:iam::111122223333:user/alice';
    const interest = leavesBounds([alice], positions, label, DEFAULT_BOX_METRICS);
    const c = chooseViewport({ ...base, bounds, interest, width: 625, height: 560, legible: 1 })!;
    expect(c.zoom).toBeGreaterThanOrEqual(1);
    expect(inView(positions[alice], c.zoom, c.pan, 625, 560, 20)).toBe(true);
  });

  it('what matters, as much as fits: the first id always, then more while they fit', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 3000, y: 0 } };
    const label = () => 'x';
    const view = { width: 800, height: 600, pad: 40, zoom: 1 };
    const ab = fittingInterest(['a', 'b', 'c'], positions, label, DEFAULT_BOX_METRICS, view)!;
    expect(ab.x1).toBeLessThan(0);
    expect(ab.x2).toBeGreaterThan(300);
    expect(ab.x2).toBeLessThan(3000);
    const onlyC = fittingInterest(['c', 'a'], positions, label, DEFAULT_BOX_METRICS, view)!;
    expect(onlyC.x1).toBeGreaterThan(2900);
    expect(fittingInterest([], positions, label, DEFAULT_BOX_METRICS, view)).toBeNull();
  });
});
