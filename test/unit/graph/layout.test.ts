/** The deterministic layout: columns by kind inside accounts, sorted by name, stable when something is added. */
import { describe, expect, it } from 'vitest';
import { buildGraph, layoutGraph, nextNode, firstNode, graphToSvg, DEFAULT_LAYOUT } from '../../../shared/graph';
import { EMPTY_COLUMN } from '../../../shared/graph/layout';
import { applyCommand, welcomeWorld } from '../../../shared/world';
import { crossAccountWorld, organizationWorld } from '../../../shared/world/samples';

const A = '111122223333';
const arn = (kind: string, name: string) => `arn:aws:iam::${A}:${kind}/${name}`;

describe('layoutGraph', () => {
  it('puts kinds in columns (root and users, groups, roles, policies) sorted by name', () => {
    const p = layoutGraph(buildGraph(welcomeWorld()));
    const root = p[`arn:aws:iam::${A}:root`];
    const alice = p[arn('user', 'alice')];
    const bob = p[arn('user', 'bob')];
    const group = p[arn('group', 'Developers')];
    const policy = p[arn('policy', 'DevelopersReadWelcomeBucket')];
    expect(alice.x).toBe(root.x);
    expect(bob.x).toBe(root.x);
    expect(root.y).toBeLessThan(alice.y);
    expect(alice.y).toBeLessThan(bob.y);
    expect(group.x).toBeGreaterThan(alice.x);
    // An empty roles column is kept (narrow), so policies sit one column and a narrow slot right of groups.
    expect(policy.x - group.x).toBe(DEFAULT_LAYOUT.columnWidth + Math.round(DEFAULT_LAYOUT.columnWidth * EMPTY_COLUMN));
  });

  it('is stable: adding a user moves only the users below it in its column', () => {
    const w = welcomeWorld();
    const before = layoutGraph(buildGraph(w));
    const r = applyCommand(w, { type: 'create-user', userName: 'zoe' });
    if (!r.ok) throw new Error(r.error.reason);
    const after = layoutGraph(buildGraph(r.world));
    for (const [id, p] of Object.entries(before)) expect(after[id]).toEqual(p);
    expect(after[arn('user', 'zoe')].x).toBe(before[arn('user', 'alice')].x);
  });

  it('is also stable when a policy is attached (no new node in the account)', () => {
    const w = welcomeWorld();
    const before = layoutGraph(buildGraph(w));
    const r = applyCommand(w, { type: 'attach-policy', to: 'user', name: 'bob', policyArn: arn('policy', 'DevelopersReadWelcomeBucket') });
    if (!r.ok) throw new Error(r.error.reason);
    expect(layoutGraph(buildGraph(r.world))).toEqual(before);
  });

  it('wraps long columns and keeps dragged positions', () => {
    let w = welcomeWorld();
    for (let i = 0; i < 24; i++) {
      const r = applyCommand(w, { type: 'create-user', userName: `u${String(i).padStart(2, '0')}` });
      if (!r.ok) throw new Error(r.error.reason);
      w = r.world;
    }
    const p = layoutGraph(buildGraph(w), { [arn('user', 'bob')]: { x: -500, y: -500 } });
    const xs = new Set(Object.entries(p).filter(([id]) => id.includes(':user/') && !id.endsWith('/bob')).map(([, q]) => q.x));
    expect(xs.size).toBe(2);
    expect(p[arn('user', 'bob')]).toEqual({ x: -500, y: -500 });
  });

  it('places accounts left to right without overlap, in organization order', () => {
    const m = buildGraph(crossAccountWorld());
    const p = layoutGraph(m);
    const xs = (acct: string) => m.nodes.filter((n) => n.account === acct && p[n.id]).map((n) => p[n.id].x);
    expect(Math.max(...xs('111111111111'))).toBeLessThan(Math.min(...xs('222222222222')));
    const org = buildGraph(organizationWorld());
    const op = layoutGraph(org);
    for (const n of org.nodes.filter((x) => x.kind === 'scp')) expect(op[n.id].y).toBeLessThan(0);
  });
});

describe('keyboard navigation', () => {
  it('walks down a column and right to the next one', () => {
    const p = layoutGraph(buildGraph(welcomeWorld()));
    const ids = Object.keys(p);
    const start = firstNode(p, ids)!;
    expect(start).toBe(`arn:aws:iam::${A}:root`);
    const down = nextNode(p, ids, start, 'down')!;
    expect(down).toBe(arn('user', 'alice'));
    expect(nextNode(p, ids, down, 'right')).toBe(arn('group', 'Developers'));
    expect(nextNode(p, ids, start, 'up')).toBeUndefined();
  });
});

describe('graphToSvg', () => {
  it('draws every visible node and edge with escaped labels', () => {
    const m = buildGraph(welcomeWorld());
    const svg = graphToSvg(m, layoutGraph(m), { background: '#fff', text: '#000', box: '#eee', boxBorder: '#999', edge: '#888', kinds: { user: '#0072b2' } });
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/<g class="node /g) ?? []).length).toBe(m.nodes.filter((n) => !['account', 'area'].includes(n.kind)).length);
    expect((svg.match(/<(line|path) class="edge /g) ?? []).length).toBe(m.edges.length);
    // alice → IAMUserChangePassword (AWS managed, far right) would run behind the bucket: it is an arc, as on screen.
    expect(svg).toMatch(/<path class="edge attached" d="M[-\d.]+,[-\d.]+ Q/);
    expect(svg).toContain('Sandbox · 111122223333');
  });
});
