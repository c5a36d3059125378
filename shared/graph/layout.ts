/**
 * The deterministic layout: positions computed from the graph model alone, applied in Cytoscape as `preset`. Inside
 * each account, kinds sit in fixed columns (users, groups, roles, ..., policies, resources), each column sorted by
 * name and wrapped every `maxRows` rows. Accounts go left to right in organization order (in rows when there are many); nodes outside every
 * account sit in areas at the left (services, outside principals) and the right (AWS managed policies). Adding an
 * entity only moves the entities below it in its own column.
 */
import { ACCOUNT_COLUMNS, ALWAYS_SHOWN_COLUMNS } from './kinds';
import { AREA_IDS } from './elements';
import type { GraphModel, GraphNode, Point, Positions } from './types';

/** Spacing of the layout grid, in graph units. */
export interface LayoutOptions {
  columnWidth: number;
  rowHeight: number;
  /** A column wraps into a new column after this many rows. */
  maxRows: number;
  /** Horizontal space between two accounts (plus room for the boxes around them). */
  accountGap: number;
  /** From this many accounts on, accounts wrap into rows (a long strip of accounts is unreadable once fitted). */
  wrapFrom: number;
}

/** The default grid. */
export const DEFAULT_LAYOUT: LayoutOptions = { columnWidth: 190, rowHeight: 72, maxRows: 18, accountGap: 150, wrapFrom: 6 };

/**
 * How many rows the accounts take: one below `wrapFrom` accounts, else enough rows that the whole picture is about
 * as wide as it is tall (a long strip of accounts is unreadable once fitted). `widths` are the accounts' widths;
 * `rowPitch` is the height of a row.
 */
export function accountRows(widths: readonly number[], rowPitch: number, wrapFrom: number = DEFAULT_LAYOUT.wrapFrom): number {
  if (widths.length < wrapFrom) return 1;
  const total = widths.reduce((s, w) => s + w, 0);
  return Math.max(1, Math.min(widths.length, Math.round(Math.sqrt(total / (1.2 * rowPitch)))));
}

/**
 * Where rows of accounts may break: not between two accounts of the same OU (an OU box must stay in one row, or it
 * would cover accounts of the next row), and accounts outside the organization start a row of their own once the
 * organization's accounts wrapped. Returns the index of the first account of every row after the first.
 */
export function rowBreaks(order: readonly { id: string; depth: number; ou?: string }[], widths: readonly number[], rows: number): number[] {
  const breaks: number[] = [];
  if (rows <= 1) return breaks;
  const target = widths.reduce((s, w) => s + w, 0) / rows;
  let inRow = 0;
  let wrapped = false;
  for (let i = 0; i < order.length; i++) {
    if (i > 0) {
      const prev = order[i - 1];
      const cur = order[i];
      const sameOu = prev.ou !== undefined && prev.ou === cur.ou;
      const leavesOrg = wrapped && prev.depth > 0 && cur.depth === 0;
      // Break when this account would make the row clearly wider than its share.
      if ((inRow + widths[i] / 2 > target && !sameOu) || leavesOrg) {
        breaks.push(i);
        inRow = 0;
        wrapped = true;
      }
    }
    inRow += widths[i];
  }
  return breaks;
}

/** Width of an empty (kept) column, as a fraction of a column. */
export const EMPTY_COLUMN = 0.35;

/** In rows, account slots are a multiple of this many columns wide. */
const SLOT_STEP = 4;

/** Extra gap per level of boxes around an account (OU inside OU inside organization). */
const DEPTH_GAP = 40;

interface Block {
  /** Leaf nodes of each column, in order. */
  columns: GraphNode[][];
  depth: number;
}

function columnsOf(leaves: GraphNode[], keepEmpty: boolean, maxRows: number): GraphNode[][] {
  const out: GraphNode[][] = [];
  for (const kinds of ACCOUNT_COLUMNS) {
    const items = leaves.filter((n) => kinds.includes(n.kind));
    if (items.length === 0) {
      if (keepEmpty && ALWAYS_SHOWN_COLUMNS.includes(kinds[0])) out.push([]);
      continue;
    }
    for (let i = 0; i < items.length; i += maxRows) out.push(items.slice(i, i + maxRows));
  }
  return out;
}

function areaColumns(leaves: GraphNode[], maxRows: number): GraphNode[][] {
  const out: GraphNode[][] = [];
  for (let i = 0; i < leaves.length; i += maxRows) out.push(leaves.slice(i, i + maxRows));
  return out;
}

/** Accounts in organization order (depth-first: accounts of a level by id, then its OUs by name), then the rest. */
export function accountOrder(model: GraphModel): { id: string; depth: number; ou?: string }[] {
  const accounts = model.nodes.filter((n) => n.kind === 'account');
  const children = new Map<string | undefined, GraphNode[]>();
  for (const n of model.nodes) {
    if (n.kind !== 'account' && n.kind !== 'ou') continue;
    const list = children.get(n.parent) ?? [];
    list.push(n);
    children.set(n.parent, list);
  }
  const out: { id: string; depth: number; ou?: string }[] = [];
  // `ou`: the OU right under the organization that holds the account (its row may not break inside that OU).
  const visit = (parent: string, depth: number, ou: string | undefined): void => {
    const kids = children.get(parent) ?? [];
    kids.filter((k) => k.kind === 'account').sort((a, b) => (a.id < b.id ? -1 : 1)).forEach((a) => out.push({ id: a.id, depth, ...(ou !== undefined ? { ou } : {}) }));
    kids
      .filter((k) => k.kind === 'ou')
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : 1))
      .forEach((child) => visit(child.id, depth + 1, ou ?? child.id));
  };
  for (const org of model.nodes.filter((n) => n.kind === 'organization')) visit(org.id, 1, undefined);
  const seen = new Set(out.map((a) => a.id));
  for (const a of accounts.sort((x, y) => (x.id < y.id ? -1 : 1))) if (!seen.has(a.id)) out.push({ id: a.id, depth: 0 });
  return out;
}

/** Computes a position for every node that needs one (leaves, and compounds with nothing inside). */
export function layoutGraph(model: GraphModel, overrides: Positions = {}, options: LayoutOptions = DEFAULT_LAYOUT): Positions {
  const { columnWidth: W, rowHeight: H, maxRows, accountGap } = options;
  const wrapFrom = options.wrapFrom ?? DEFAULT_LAYOUT.wrapFrom;
  const byParent = new Map<string, GraphNode[]>();
  const hasChildren = new Set<string>();
  for (const n of model.nodes) {
    if (n.parent === undefined) continue;
    hasChildren.add(n.parent);
    const list = byParent.get(n.parent) ?? [];
    list.push(n);
    byParent.set(n.parent, list);
  }
  const isLeafLike = (n: GraphNode) => !hasChildren.has(n.id) && n.kind !== 'account' && n.kind !== 'area';
  const positions: Positions = {};
  // An empty column that is kept for stability takes a narrow slot, so small worlds stay compact.
  const EMPTY = Math.round(W * EMPTY_COLUMN);
  const place = (block: Block, x0: number, y0 = 0): number => {
    let x = x0;
    block.columns.forEach((col, c) => {
      col.forEach((n, r) => (positions[n.id] = { x, y: y0 + r * H }));
      if (c < block.columns.length - 1) x += col.length > 0 ? W : EMPTY;
    });
    return x - x0 + W;
  };

  let x = 0;
  // Left: services and outside principals.
  for (const areaId of [AREA_IDS.services, AREA_IDS.outside]) {
    const leaves = (byParent.get(areaId) ?? []).filter(isLeafLike);
    if (leaves.length === 0) continue;
    x += place({ columns: areaColumns(leaves, maxRows), depth: 0 }, x) + accountGap - W / 2;
  }
  // Middle: accounts in organization order, wrapped into rows when there are many. A row is as tall as the
  // tallest possible account (columns wrap at `maxRows`), so rows never move when an account grows.
  const order = accountOrder(model);
  const rowPitch = (maxRows + 1) * H + accountGap + DEPTH_GAP * 4;
  const blocks = order.map((a) => columnsOf((byParent.get(a.id) ?? []).filter((n) => !hasChildren.has(n.id)), true, maxRows));
  const widths = blocks.map((cols) => cols.reduce((w, col, c) => w + (c < cols.length - 1 ? (col.length > 0 ? W : EMPTY) : W), 0) + accountGap);
  // In rows, every account gets the same slot, rounded up to `SLOT_STEP` columns: an account that gains a column
  // (its first resource, a 19th user) moves nothing else unless it outgrows the slot.
  const wrap = accountRows(widths, rowPitch, wrapFrom) > 1;
  const maxDepth = order.reduce((d, a) => Math.max(d, a.depth), 0);
  const slot = Math.ceil((Math.max(...widths, 0) + DEPTH_GAP * maxDepth) / (SLOT_STEP * W)) * SLOT_STEP * W;
  const slots = wrap ? order.map(() => slot) : widths;
  const breaks = new Set(wrap ? rowBreaks(order, slots, accountRows(slots, rowPitch, wrapFrom)) : []);
  let prevDepth = 0;
  const orgStart = x;
  let right = x;
  let y = 0;
  order.forEach((a, i) => {
    if (breaks.has(i)) {
      right = Math.max(right, x);
      x = orgStart;
      y += rowPitch;
    } else if (i > 0 && !wrap) x += DEPTH_GAP * Math.max(prevDepth, a.depth);
    if (wrap) {
      place({ columns: blocks[i], depth: a.depth }, x + DEPTH_GAP * a.depth, y);
      x += slot;
    } else {
      x += place({ columns: blocks[i], depth: a.depth }, x, y) + accountGap - W / 2;
    }
    prevDepth = a.depth;
  });
  x = Math.max(right, x);
  // Above the accounts: SCPs, RCPs and empty OUs of the organization.
  const orgLeaves = model.nodes.filter((n) => (n.kind === 'scp' || n.kind === 'rcp' || n.kind === 'ou') && isLeafLike(n));
  orgLeaves.forEach((n, i) => (positions[n.id] = { x: orgStart + i * W, y: -2 * H - DEPTH_GAP }));
  // Accounts with no entity at all (cannot happen: every account has a root) and empty organizations.
  for (const n of model.nodes) {
    if ((n.kind === 'organization' || n.kind === 'account') && !hasChildren.has(n.id)) positions[n.id] = { x: (x += W), y: 0 };
  }
  // Right: AWS managed policies.
  const managed = (byParent.get(AREA_IDS.awsManaged) ?? []).filter(isLeafLike);
  if (managed.length > 0) place({ columns: areaColumns(managed, maxRows), depth: 0 }, x + DEPTH_GAP);

  for (const [id, p] of Object.entries(overrides)) if (positions[id]) positions[id] = { x: p.x, y: p.y };
  return positions;
}

/** The smallest box holding every position (for fitting and for the SVG export). */
export function boundsOf(points: Iterable<Point>): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return x1 === Infinity ? { x1: 0, y1: 0, x2: 0, y2: 0 } : { x1, y1, x2, y2 };
}
