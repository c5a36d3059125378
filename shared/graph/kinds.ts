/**
 * The vocabulary of the graph: what kinds of nodes and edges are drawn, their names for people, their shapes, and the
 * order of kinds inside an account (the layout's columns). One table per concept so the graph, the legend, the
 * explorer and the SVG export all agree.
 */

/** Every kind of node the graph draws. Compound kinds (boxes) come first. */
export const NODE_KINDS = [
  'organization',
  'ou',
  'account',
  'area',
  'root',
  'user',
  'group',
  'role',
  'policy',
  'aws-policy',
  'inline-policy',
  'scp',
  'rcp',
  'idp',
  'service',
  'instance-profile',
  'instance',
  'resource',
  'external',
] as const;

/** One node kind. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** Kinds drawn as boxes that hold other nodes. */
export const COMPOUND_KINDS: readonly NodeKind[] = ['organization', 'ou', 'account', 'area'];

/** Every kind of edge the graph draws. */
export const EDGE_KINDS = [
  'member-of',
  'attached',
  'inline',
  'boundary',
  'can-assume',
  'grants',
  'instance-profile',
  'can-pass-role',
  'org-policy',
] as const;

/** One edge kind. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** What people call each node kind (legend, explorer, filters). */
export const NODE_KIND_LABELS: Readonly<Record<NodeKind, string>> = {
  organization: 'Organization',
  ou: 'Organizational unit',
  account: 'Account',
  area: 'Area',
  root: 'Root user',
  user: 'IAM user',
  group: 'Group',
  role: 'Role',
  policy: 'Customer managed policy',
  'aws-policy': 'AWS managed policy',
  'inline-policy': 'Inline policy',
  scp: 'Service control policy (SCP)',
  rcp: 'Resource control policy (RCP)',
  idp: 'Identity provider',
  service: 'Service principal',
  'instance-profile': 'Instance profile',
  instance: 'EC2 instance',
  resource: 'Resource',
  external: 'Outside this world',
};

/** What people call each edge kind (legend, inspector). */
export const EDGE_KIND_LABELS: Readonly<Record<EdgeKind, string>> = {
  'member-of': 'member of',
  attached: 'policy attached',
  inline: 'inline policy',
  boundary: 'permissions boundary',
  'can-assume': 'can assume (trust policy)',
  grants: 'resource policy grants',
  'instance-profile': 'instance profile',
  'can-pass-role': 'can pass role',
  'org-policy': 'SCP / RCP attached',
};

/** Cytoscape node shape per kind: shape carries meaning, never colour alone. */
export const NODE_SHAPES: Readonly<Record<NodeKind, string>> = {
  organization: 'round-rectangle',
  ou: 'round-rectangle',
  account: 'round-rectangle',
  area: 'round-rectangle',
  root: 'star',
  user: 'ellipse',
  group: 'round-hexagon',
  role: 'round-diamond',
  policy: 'round-rectangle',
  'aws-policy': 'cut-rectangle',
  'inline-policy': 'rectangle',
  scp: 'round-octagon',
  rcp: 'octagon',
  idp: 'round-tag',
  service: 'tag',
  'instance-profile': 'rhomboid',
  instance: 'barrel',
  resource: 'round-triangle',
  external: 'triangle',
};

/**
 * Column order of kinds inside an account (left to right). Kinds in `ALWAYS_SHOWN_COLUMNS` keep their column even
 * when empty, so the first group or role of a world does not shift everything to its right.
 */
export const ACCOUNT_COLUMNS: readonly (readonly NodeKind[])[] = [
  ['root', 'user'],
  ['group'],
  ['role'],
  ['instance-profile'],
  ['instance'],
  ['idp'],
  ['policy'],
  ['inline-policy'],
  ['resource'],
];

/** Columns (by first kind) that exist even when empty. */
export const ALWAYS_SHOWN_COLUMNS: readonly NodeKind[] = ['root', 'group', 'role', 'policy'];

/** True when `value` is a node kind. */
export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}
