/** Reads the graph palette (graph.css custom properties) of the current theme, for Cytoscape and the SVG export. */
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../../../shared/graph';

/** Colours of the current theme. */
export interface GraphPalette {
  kinds: Record<NodeKind, string>;
  edges: Record<EdgeKind, string>;
  nodeFill: string;
  boxFill: string;
  boxBorder: string;
  edge: string;
  halo: string;
  text: string;
  textMuted: string;
  focus: string;
  background: string;
}

const KIND_VAR: Partial<Record<NodeKind, string>> = { scp: 'org-policy', rcp: 'org-policy' };
const EDGE_VAR: Record<EdgeKind, string> = {
  'member-of': '--kind-group',
  attached: '--kind-policy',
  inline: '--kind-inline-policy',
  boundary: '--kind-root',
  'can-assume': '--kind-role',
  grants: '--kind-resource',
  'instance-profile': '--kind-instance-profile',
  'can-pass-role': '--kind-role',
  'org-policy': '--kind-org-policy',
};

/** The palette as the document's styles define it right now. */
export function readPalette(element: Element = document.documentElement): GraphPalette {
  const style = getComputedStyle(element);
  const v = (name: string, fallback = '#888888') => style.getPropertyValue(name).trim() || fallback;
  const kinds = {} as Record<NodeKind, string>;
  for (const k of NODE_KINDS) kinds[k] = v(`--kind-${KIND_VAR[k] ?? k}`, v('--graph-box-border'));
  const edges = {} as Record<EdgeKind, string>;
  for (const e of EDGE_KINDS) edges[e] = v(EDGE_VAR[e]);
  return {
    kinds,
    edges,
    nodeFill: v('--graph-node-fill'),
    boxFill: v('--graph-box-fill'),
    boxBorder: v('--graph-box-border'),
    edge: v('--graph-edge'),
    halo: v('--graph-label-halo'),
    text: v('--text', '#1d232b'),
    textMuted: v('--text-muted'),
    focus: v('--focus', '#f0a202'),
    background: v('--bg', '#ffffff'),
  };
}
