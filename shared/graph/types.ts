/**
 * The graph model: plain data built from a world, independent of Cytoscape. Node ids are world ids — ARNs where the
 * entity has one — so a trace event or a selection maps to a node with no lookup table.
 */
import type { EdgeKind, NodeKind } from './kinds';

/** One node. */
export interface GraphNode {
  /** The ARN, account id, or another stable world id (`ARN#inline:NAME` for inline policies). */
  id: string;
  kind: NodeKind;
  /** Short text drawn under the node. */
  label: string;
  /** The compound node (account, OU, organization, area) this node sits in. */
  parent?: string;
  /** The account id the entity lives in, when it lives in one. */
  account?: string;
  /** The entity's ARN, when it has one. */
  arn?: string;
  /** Extra facts for the inspector and search (resource kind, service name, "passes any role"...). */
  detail?: Record<string, string | number | boolean>;
}

/** One edge, from the acting side to the side acted on (user → group, holder → policy, principal → role). */
export interface GraphEdge {
  /** `KIND:SOURCE->TARGET` — stable across rebuilds. */
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** True when the statement behind a derived edge has a Condition (drawn dashed). */
  conditional?: boolean;
  /** Actions behind a derived edge (resource grants), for the tooltip and inspector. */
  actions?: string[];
}

/** A whole graph: nodes (compound nodes first, then leaves in a stable order) and edges sorted by id. */
export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A position in graph coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** Positions of leaf nodes by id (compound nodes wrap their children). */
export type Positions = Record<string, Point>;
