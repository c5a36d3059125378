/** The graph core: world → graph model, deterministic layout, filters, keyboard navigation and SVG export. */
export * from './kinds';
export type * from './types';
export { buildGraph, inlinePolicyId, edgeId, AREA_IDS } from './elements';
export { boxRects, leafExtent, DEFAULT_BOX_METRICS, type BoxRect, type BoxMetrics } from './boxes';
export { layoutGraph, accountOrder, boundsOf, DEFAULT_LAYOUT, type LayoutOptions } from './layout';
export { visibleNodeIds, matchesQuery, neighbourhood, countByKind, NO_FILTER, type GraphFilter } from './filter';
export { nextNode, firstNode, type Direction } from './navigate';
export { graphToSvg, xmlEscape, type SvgPalette } from './svg';
export { readStatements, globMatch } from './policy-read';
export { deletionPlan } from './deletion-plan';
export {
  detailView,
  boxSummary,
  boxesInView,
  mergedEdgeId,
  DETAIL_THRESHOLD,
  DETAIL_ZOOM,
  type DetailView,
  type DrawnEdge,
  type Extent,
} from './detail';
export { edgeArcs, arcBow, ARC_CLEARANCE, ARC_LIMIT } from './arcs';
export {
  chooseViewport,
  fittingInterest,
  legibleZoom,
  pictureBounds,
  leavesBounds,
  inView,
  LEGIBLE_LABEL_PX,
  LEGIBLE_LABEL_PX_PRESENTER,
  type ViewportChoice,
  type ViewportInput,
} from './viewport';
export {
  boxesToOpen,
  boxDistance,
  boxesHolding,
  sameSet,
  leavesByBox,
  leafCounts,
  type OpenBoxesInput,
} from './open-boxes';
