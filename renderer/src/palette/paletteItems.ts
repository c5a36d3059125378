/**
 * What the command palette offers and how a query picks from it. Items are plain data with a `run` callback, built
 * from the world's graph nodes (find any entity by name or ARN), the app's actions and the lessons; `matchItems` ranks
 * them for a query. No DOM here, so unit tests run it in Node.
 */
import { NODE_KIND_LABELS, type GraphNode } from '../../../shared/graph';

/** The groups the list shows, in this order when the query is empty. */
export type PaletteGroup = 'action' | 'entity' | 'lesson';

/** One thing the palette can do. */
export interface PaletteItem {
  /** Stable id (`entity:<node id>`, `action:<name>`, `lesson:<id>`), used for the option's DOM id. */
  id: string;
  group: PaletteGroup;
  /** What the option says. */
  label: string;
  /** Muted second line: the entity's kind and ARN, an action's shortcut. */
  detail?: string;
  /** Extra words the query may match (ARN, kind, synonyms). */
  keywords?: string;
  run(): void;
}

/** Labels of the groups, for the option's badge. */
export const GROUP_LABELS: Record<PaletteGroup, string> = { action: 'Action', entity: 'Entity', lesson: 'Lesson' };

/** The entities of the graph as items (boxes that only hold others, like "area", are left out). */
export function entityItems(nodes: readonly GraphNode[], select: (id: string) => void): PaletteItem[] {
  return nodes
    .filter((n) => n.kind !== 'area')
    .map((n) => ({
      id: `entity:${n.id}`,
      group: 'entity' as const,
      label: n.label,
      detail: [NODE_KIND_LABELS[n.kind], n.arn ?? (n.id !== n.label ? n.id : undefined)].filter(Boolean).join(' · '),
      keywords: `${n.id} ${n.arn ?? ''} ${NODE_KIND_LABELS[n.kind]} ${n.account ?? ''}`,
      run: () => select(n.id),
    }));
}

/** How well an item matches: higher is better, 0 is no match. Every query word must occur in the label or keywords. */
export function scoreItem(item: PaletteItem, query: string): number {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const label = item.label.toLowerCase();
  const hay = `${label} ${(item.detail ?? '').toLowerCase()} ${(item.keywords ?? '').toLowerCase()}`;
  let score = 0;
  for (const w of words) {
    if (!hay.includes(w)) return 0;
    if (label === w) score += 100;
    else if (label.startsWith(w)) score += 60;
    else if (label.split(/[^a-z0-9]+/).some((part) => part.startsWith(w))) score += 40;
    else if (label.includes(w)) score += 25;
    else score += 5;
  }
  // Shorter labels win ties (the exact thing rather than a long name containing it).
  return score - Math.min(label.length, 60) / 100;
}

/** The items matching `query`, best first (stable for equal scores), at most `limit`. */
export function matchItems(items: readonly PaletteItem[], query: string, limit = 60): PaletteItem[] {
  const order: Record<PaletteGroup, number> = { action: 0, entity: 1, lesson: 2 };
  if (query.trim() === '') {
    return items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => order[a.item.group] - order[b.item.group] || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.item);
  }
  return items
    .map((item, i) => ({ item, i, s: scoreItem(item, query) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.item);
}
