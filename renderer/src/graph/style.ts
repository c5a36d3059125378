/**
 * The Cytoscape stylesheet, built from the palette: every kind gets its shape, colour and icon; edges get a colour
 * and a line style per kind (dashed when a condition applies); presenter mode scales nodes and type up.
 */
import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import {
  EDGE_KINDS,
  NODE_KINDS,
  NODE_SHAPES,
  COMPOUND_KINDS,
  type BoxMetrics,
  type EdgeKind,
} from '../../../shared/graph';
import { iconDataUrl } from './icons';
import type { GraphPalette } from './palette';

const LINE_STYLE: Record<EdgeKind, 'solid' | 'dashed' | 'dotted'> = {
  'member-of': 'solid',
  attached: 'solid',
  inline: 'solid',
  boundary: 'dotted',
  'can-assume': 'solid',
  grants: 'solid',
  'instance-profile': 'solid',
  'can-pass-role': 'dotted',
  'org-policy': 'dashed',
};

const ARROW: Record<EdgeKind, string> = {
  'member-of': 'triangle',
  attached: 'square',
  inline: 'square',
  boundary: 'tee',
  'can-assume': 'triangle',
  grants: 'triangle',
  'instance-profile': 'circle',
  'can-pass-role': 'triangle',
  'org-policy': 'tee',
};

/** Above this many elements (nodes + edges) the graph is "large": no icons, no label halos, straight edges. */
export const LARGE_GRAPH = 1000;

/** Node and label sizes of the normal and the presenter look (the box rectangles are computed from them). */
export function styleMetrics(presenter: boolean): BoxMetrics {
  // Presenter: as large as the 72-unit rows allow without a label touching the node below (24 + 4 + 15 × 1.3 < 72 − 24).
  return presenter ? { node: 48, font: 15, padding: 32 } : { node: 40, font: 11, padding: 28 };
}

/**
 * The stylesheet for a palette; `presenter` makes nodes and labels larger; `large` graphs go without icons and with
 * straight edges. Only class and plain data selectors (no per-element functions); boxes are ordinary nodes drawn
 * underneath (`z-index-compare: manual`): organizations, then OUs, then accounts, then edges, then leaves.
 */
export function graphStyle(p: GraphPalette, presenter: boolean, large = false): StylesheetJson {
  const { node: size, font } = styleMetrics(presenter);
  const style: StylesheetJson = [
    {
      selector: 'node',
      // Only what differs from Cytoscape's defaults: every property costs a pass per element on the first draw.
      style: {
        width: size,
        height: size,
        label: 'data(label)',
        'font-size': font,
        'font-family': 'system-ui, sans-serif',
        color: p.text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        ...(large
          ? {}
          : {
              'text-outline-color': p.halo,
              'text-outline-width': 2,
              'background-width': '58%',
              'background-height': '58%',
            }),
        'background-color': p.nodeFill,
        'border-width': presenter ? 4 : 2.5,
        // Labels smaller than this on screen are not drawn (zoomed out, a large world is a picture of shapes).
        'min-zoomed-font-size': large ? 7 : 6,
        'z-index-compare': 'manual',
        'z-index': 20,
      },
    },
    {
      selector: 'node.box',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': p.boxFill,
        'background-opacity': 0.6,
        'border-color': p.boxBorder,
        'border-width': presenter ? 2.5 : 1.5,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
        'font-size': font + 2,
        'font-weight': 'bold',
        'background-image': 'none',
        'min-zoomed-font-size': 4,
        'z-index': 0,
      },
    },
    {
      // Level of detail: a closed box says what it holds, centred, in type sized for seeing it from far away.
      selector: 'node.box.closed',
      style: {
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-wrap': 'wrap',
        'text-max-width': 'data(w)',
        'font-size': 'data(fs)',
        'font-weight': 'normal',
        'background-opacity': 0.85,
        'min-zoomed-font-size': 3,
      },
    },
    { selector: 'node.z1', style: { 'z-index': 1 } },
    { selector: 'node.z2', style: { 'z-index': 2 } },
    { selector: 'node.z3', style: { 'z-index': 3 } },
    { selector: 'node.b-organization', style: { 'border-style': 'double', 'border-width': presenter ? 6 : 4 } },
    { selector: 'node.b-ou', style: { 'border-style': 'dashed' } },
    { selector: 'node.b-area', style: { 'border-style': 'dotted', 'background-opacity': 0.3 } },
    {
      selector: 'edge',
      style: {
        width: presenter ? 3 : 1.6,
        'curve-style': large ? 'straight' : 'bezier',
        'line-color': p.edge,
        'target-arrow-color': p.edge,
        'target-arrow-shape': 'triangle',
        ...(presenter ? { 'arrow-scale': 1.3 } : {}),
        opacity: 0.85,
        // Edges take no taps: zoomed out, their wide hit area would steal clicks meant for the nodes they touch.
        events: 'no',
        'z-index-compare': 'manual',
        'z-index': 10,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    {
      selector: 'node:selected',
      style: { 'border-color': p.focus, 'border-width': presenter ? 7 : 5, 'overlay-opacity': 0 },
    },
    { selector: 'edge.active', style: { width: presenter ? 5 : 3, opacity: 1, 'z-index': 15 } },
    { selector: 'node.active', style: { 'font-weight': 'bold' } },
  ];
  for (const kind of NODE_KINDS) {
    style.push({
      selector: `node.k-${kind}`,
      style: {
        shape: NODE_SHAPES[kind] as never,
        'border-color': p.kinds[kind],
        ...(large || COMPOUND_KINDS.includes(kind)
          ? { 'background-color': p.kinds[kind], 'background-opacity': 0.35 }
          : { 'background-image': iconDataUrl(kind, p.kinds[kind]) }),
      },
    });
  }
  for (const kind of EDGE_KINDS) {
    style.push({
      selector: `edge.e-${kind}`,
      style: {
        'line-color': p.edges[kind],
        'target-arrow-color': p.edges[kind],
        'target-arrow-shape': ARROW[kind] as never,
        'line-style': LINE_STYLE[kind],
        ...(kind === 'can-assume' ? { width: presenter ? 4.5 : 2.6 } : {}),
      },
    });
  }
  // Derived edges across columns bow upwards by `data(cpd)` (set by the controller from the edge's length).
  style.push({
    selector: 'edge.arc',
    style: {
      'curve-style': 'unbundled-bezier',
      'control-point-distances': 'data(cpd)' as never,
      'control-point-weights': 0.5,
    },
  });
  // Merged edges (level of detail): several edges of one kind between two boxes, drawn once with their count.
  style.push({
    selector: 'edge.merged',
    style: {
      width: 'data(mw)',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 'data(fs)',
      color: p.text,
      'text-background-color': p.background,
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'min-zoomed-font-size': 5,
      'arrow-scale': 0.8,
    },
  });
  // Rules that must win over the per-kind ones come last.
  style.push({ selector: 'edge.cond', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } });
  style.push({ selector: 'edge.active', style: { width: presenter ? 5 : 3 } });
  style.push({ selector: 'node:selected', style: { 'border-color': p.focus } });
  // The neighbourhood view: a node with neighbours not shown yet wears a dashed ring (double-click expands it).
  style.push({
    selector: 'node.more',
    style: {
      'outline-width': presenter ? 3 : 2,
      'outline-style': 'dashed',
      'outline-color': p.textMuted,
      'outline-offset': presenter ? 5 : 4,
    },
  });
  // The theatre's current frame (Evaluate area): the policy in focus and the path to it.
  style.push({
    selector: 'node.trace-hl',
    style: { 'border-color': p.focus, 'border-width': presenter ? 8 : 6, 'font-weight': 'bold' },
  });
  style.push({
    selector: 'edge.trace-hl',
    style: {
      'line-color': p.focus,
      'target-arrow-color': p.focus,
      width: presenter ? 6 : 4,
      opacity: 1,
      'z-index': 20,
    },
  });
  return style;
}

/**
 * The Cytoscape instance's options. Pan and zoom move a cached picture, then redraw once: smooth with thousands of
 * elements. Edges stay while panning: hiding them makes Cytoscape draw every node on its own instead of its cached
 * layers, which measured far slower (see docs/graph.md).
 */
export function cytoscapeOptions(container: HTMLElement, style: StylesheetJson): CytoscapeOptions {
  return {
    container,
    elements: [],
    style,
    layout: { name: 'preset' },
    minZoom: 0.03,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    textureOnViewport: true,
    hideEdgesOnViewport: false,
    hideLabelsOnViewport: false,
    pixelRatio: 'auto',
  };
}
