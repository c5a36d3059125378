/**
 * Accounts in rows (shared/graph/layout.ts): fewer than `wrapFrom` accounts keep the single strip; more wrap into rows
 * without any two account boxes overlapping; a row never breaks inside an OU, so an OU box covers only its own
 * accounts; accounts outside the organization start their own row once the organization wrapped; and adding a user or
 * a policy to one account never moves another account.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountOrder,
  boxRects,
  buildGraph,
  layoutGraph,
  DEFAULT_LAYOUT,
  type BoxRect,
  type GraphModel,
  type Positions,
} from '../../../shared/graph';
import { accountRows, rowBreaks } from '../../../shared/graph/layout';
import { applyCommand, applyCommands, emptyWorld, type World, type WorldCommand } from '../../../shared/world';
import { generatedAccountId, generatedWorld, type GeneratedSizes } from './generated-world';

/** Small accounts: quick to build, still several columns wide. */
const SMALL: GeneratedSizes = { users: 5, groups: 2, roles: 3, policies: 4 };

const rectsOf = (m: GraphModel, p: Positions) => boxRects(m, p, new Set(m.nodes.map((n) => n.id)));

function overlap(a: BoxRect, b: BoxRect): boolean {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w && Math.abs(a.y - b.y) * 2 < a.h + b.h;
}

/** The rows accounts sit in: distinct top edges of their boxes (the layout aligns a row's accounts at the top). */
function rowTops(m: GraphModel, rects: Map<string, BoxRect>): number[] {
  const tops = m.nodes
    .filter((n) => n.kind === 'account')
    .map((n) => Math.round(rects.get(n.id)!.y - rects.get(n.id)!.h / 2));
  return [...new Set(tops)].sort((a, b) => a - b);
}

/** Applies commands, failing the test on a refusal. */
function apply(world: World, commands: WorldCommand[]): World {
  const r = applyCommands(world, commands);
  if (!r.ok) throw new Error(`command ${r.index} refused: ${r.error.reason}`);
  return r.world;
}

/** Positions of the nodes of every account but `except`. */
function othersOf(m: GraphModel, p: Positions, except: string): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  for (const n of m.nodes) if (n.account !== undefined && n.account !== except && p[n.id]) out[n.id] = p[n.id];
  return out;
}

describe('accountRows', () => {
  it('keeps fewer than wrapFrom accounts in one row however wide they are', () => {
    expect(accountRows([], 1000)).toBe(1);
    expect(accountRows([100_000, 100_000, 100_000, 100_000, 100_000], 1000)).toBe(1);
    expect(accountRows([100, 100, 100], 1000, 3)).toBeGreaterThanOrEqual(1);
  });

  it('from wrapFrom accounts on, makes about as many rows as keep the picture square, never more than accounts', () => {
    const rows = accountRows(Array(8).fill(1200), 1600);
    expect(rows).toBeGreaterThan(1);
    expect(rows).toBeLessThan(8);
    expect(accountRows(Array(6).fill(1e9), 1)).toBe(6);
    expect(accountRows(Array(6).fill(1), 1e9)).toBe(1);
  });
});

describe('rowBreaks', () => {
  it('breaks nowhere in one row, and between OUs rather than inside one', () => {
    const order = [
      { id: 'm', depth: 1 },
      { id: 'a1', depth: 2, ou: 'X' },
      { id: 'a2', depth: 2, ou: 'X' },
      { id: 'a3', depth: 2, ou: 'X' },
      { id: 'a4', depth: 2, ou: 'X' },
      { id: 'b1', depth: 2, ou: 'Y' },
      { id: 'b2', depth: 2, ou: 'Y' },
    ];
    const widths = order.map(() => 100);
    expect(rowBreaks(order, widths, 1)).toEqual([]);
    // A share of 350 would break after a3, inside X: the break moves to where X ends.
    expect(rowBreaks(order, widths, 2)).toEqual([5]);
  });

  it('starts a row for the accounts outside the organization once the organization wrapped', () => {
    const order: { id: string; depth: number; ou?: string }[] = [...Array(6).keys()].map((i) => ({
      id: `o${i}`,
      depth: 1,
    }));
    order.push({ id: 's0', depth: 0 }, { id: 's1', depth: 0 });
    const widths = order.map(() => 100);
    const breaks = rowBreaks(order, widths, 2);
    expect(breaks).toContain(6);
    // In one row nothing breaks, outside accounts or not.
    expect(rowBreaks(order, widths, 1)).toEqual([]);
  });

  it('property: breaks are increasing inner indexes, never inside an OU; outside accounts start a row after a wrap', () => {
    const account = fc.record({
      depth: fc.integer({ min: 1, max: 3 }),
      ou: fc.option(fc.constantFrom('X', 'Y', 'Z'), { nil: undefined }),
      w: fc.integer({ min: 50, max: 3000 }),
    });
    fc.assert(
      fc.property(
        fc.array(account, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        (inOrg, outside, rows) => {
          // Organization order keeps an OU's accounts together; outside accounts come last at depth 0.
          const sorted = [...inOrg].sort((a, b) => (a.ou ?? '').localeCompare(b.ou ?? ''));
          const order: { id: string; depth: number; ou?: string }[] = [
            ...sorted.map((a, i) => ({
              id: `a${i}`,
              depth: a.ou ? Math.max(2, a.depth) : 1,
              ...(a.ou ? { ou: a.ou } : {}),
            })),
            ...[...Array(outside).keys()].map((i) => ({ id: `s${i}`, depth: 0 })),
          ];
          const widths = [...sorted.map((a) => a.w), ...Array(outside).fill(500)];
          const breaks = rowBreaks(order, widths, rows);
          for (let k = 0; k < breaks.length; k++) {
            expect(breaks[k]).toBeGreaterThan(k === 0 ? 0 : breaks[k - 1]);
            expect(breaks[k]).toBeLessThan(order.length);
            const prev = order[breaks[k] - 1];
            const cur = order[breaks[k]];
            expect(prev.ou !== undefined && prev.ou === cur.ou).toBe(false);
          }
          const firstOutside = sorted.length;
          if (outside > 0 && breaks.some((b) => b < firstOutside)) expect(breaks).toContain(firstOutside);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('layoutGraph with many accounts', () => {
  it('fewer than 6 accounts stay in one row: the picture is the one without wrapping', () => {
    const m = buildGraph(generatedWorld(4, SMALL));
    expect(m.nodes.filter((n) => n.kind === 'account').length).toBeLessThan(DEFAULT_LAYOUT.wrapFrom);
    const p = layoutGraph(m);
    expect(p).toEqual(layoutGraph(m, {}, { ...DEFAULT_LAYOUT, wrapFrom: Infinity }));
    expect(rowTops(m, rectsOf(m, p))).toHaveLength(1);
  });

  it('8 generated accounts (the bench world) wrap into several rows and no two account boxes overlap', () => {
    const m = buildGraph(generatedWorld(8));
    const p = layoutGraph(m);
    const rects = rectsOf(m, p);
    const accounts = m.nodes.filter((n) => n.kind === 'account');
    expect(accounts.length).toBeGreaterThanOrEqual(8);
    expect(rowTops(m, rects).length).toBeGreaterThan(1);
    for (let i = 0; i < accounts.length; i++) {
      for (let j = i + 1; j < accounts.length; j++) {
        expect(
          overlap(rects.get(accounts[i].id)!, rects.get(accounts[j].id)!),
          `${accounts[i].id} / ${accounts[j].id}`,
        ).toBe(false);
      }
    }
    // Nor does an account box overlap the areas left and right (AWS managed policies, outside principals).
    const areas = m.nodes.filter((n) => n.kind === 'area' && rects.has(n.id));
    for (const area of areas)
      for (const a of accounts)
        expect(overlap(rects.get(area.id)!, rects.get(a.id)!), `${area.id} / ${a.id}`).toBe(false);
  });

  it('an organization with OUs: no OU box overlaps an account that is not in it; outside accounts get their own row', () => {
    const mgmt = '100000000001';
    let w = apply(emptyWorld('Org'), [
      { type: 'create-account', accountId: mgmt, name: 'Management' },
      { type: 'create-organization', managementAccountId: mgmt },
    ]);
    const rootId = w.organization!.rootId;
    const ous: Record<string, string> = {};
    for (const [name, parent] of [
      ['Prod', rootId],
      ['Dev', rootId],
      ['Sandbox', rootId],
      ['Prod-EU', 'Prod'],
    ] as const) {
      const r = applyCommand(w, { type: 'create-organizational-unit', parentId: ous[parent] ?? parent, name });
      if (!r.ok) throw new Error(r.error.reason);
      ous[name] = r.output.ouId as string;
      w = r.world;
    }
    // [OU (none: outside the organization), account name]
    const placed: [string | undefined, string][] = [
      ['Prod', 'prod-a'],
      ['Prod', 'prod-b'],
      ['Prod', 'prod-c'],
      ['Prod-EU', 'prod-eu'],
      ['Dev', 'dev-a'],
      ['Dev', 'dev-b'],
      ['Sandbox', 'sbx-a'],
      ['Sandbox', 'sbx-b'],
      ['Sandbox', 'sbx-c'],
      [undefined, 'lone-a'],
      [undefined, 'lone-b'],
    ];
    let n = 0;
    const commands: WorldCommand[] = [];
    for (const [ou, name] of placed) {
      const accountId = String(300000000000 + ++n);
      commands.push({ type: 'create-account', accountId, name, ...(ou ? { parentId: ous[ou] } : {}) });
      for (let u = 0; u < 4; u++)
        commands.push({ account: accountId, type: 'create-user', userName: `${name}-user-${u}` });
      commands.push({ account: accountId, type: 'create-group', groupName: 'team' });
    }
    w = apply(w, commands);
    const m = buildGraph(w);
    const p = layoutGraph(m);
    const rects = rectsOf(m, p);
    const parentOf = new Map(m.nodes.map((x) => [x.id, x.parent]));
    const within = (id: string, box: string): boolean => {
      for (let q = parentOf.get(id); q !== undefined; q = parentOf.get(q)) if (q === box) return true;
      return false;
    };
    const accounts = m.nodes.filter((x) => x.kind === 'account');
    const ouNodes = m.nodes.filter((x) => x.kind === 'ou' && rects.has(x.id));
    expect(ouNodes.length).toBe(4);
    // The test means something only when the organization wraps.
    expect(rowTops(m, rects).length).toBeGreaterThan(1);
    for (const ou of ouNodes) {
      for (const a of accounts) {
        if (within(a.id, ou.id)) continue;
        expect(overlap(rects.get(ou.id)!, rects.get(a.id)!), `${ou.label} covers ${a.label}`).toBe(false);
      }
    }
    for (let i = 0; i < ouNodes.length; i++) {
      for (let j = i + 1; j < ouNodes.length; j++) {
        const [a, b] = [ouNodes[i].id, ouNodes[j].id];
        if (within(a, b) || within(b, a)) continue;
        expect(overlap(rects.get(a)!, rects.get(b)!), `${ouNodes[i].label} / ${ouNodes[j].label}`).toBe(false);
      }
    }
    const org = m.nodes.find((x) => x.kind === 'organization')!;
    const lone = accounts.filter((a) => !within(a.id, org.id));
    expect(lone.map((a) => a.label.split(' ·')[0]).sort()).toEqual(['lone-a', 'lone-b']);
    for (const a of lone)
      expect(overlap(rects.get(org.id)!, rects.get(a.id)!), `organization covers ${a.label}`).toBe(false);
    // Accounts outside the organization sit in a row below every account of the organization.
    const orgBottom = Math.max(
      ...accounts.filter((a) => within(a.id, org.id)).map((a) => rects.get(a.id)!.y + rects.get(a.id)!.h / 2),
    );
    for (const a of lone) expect(rects.get(a.id)!.y - rects.get(a.id)!.h / 2).toBeGreaterThan(orgBottom);
    // And the organization's order is kept: accountOrder lists them last.
    expect(
      accountOrder(m)
        .slice(-2)
        .map((a) => a.depth),
    ).toEqual([0, 0]);
  });
});

describe('stability with accounts in rows', () => {
  const world = generatedWorld(8, SMALL);
  const model = buildGraph(world);
  const before = layoutGraph(model);
  // An account in the middle of the first row: accounts to its right and in later rows could move.
  const target = generatedAccountId(1);

  it('the small generated world wraps too (so these checks are about rows)', () => {
    expect(rowTops(model, rectsOf(model, before)).length).toBeGreaterThan(1);
  });

  const additions: [string, WorldCommand[]][] = [
    ['a user', [{ account: target, type: 'create-user', userName: 'zz-new-user' }]],
    ['a user sorted first', [{ account: target, type: 'create-user', userName: 'aa-new-user' }]],
    ['a group', [{ account: target, type: 'create-group', groupName: 'zz-new-group' }]],
    [
      'a customer managed policy',
      [
        {
          account: target,
          type: 'create-policy',
          policyName: 'zz-new-policy',
          policyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
          },
        },
      ],
    ],
    [
      'an inline policy',
      [
        {
          account: target,
          type: 'put-inline-policy',
          to: 'user',
          name: 'user-0',
          policyName: 'extra',
          policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] },
        },
      ],
    ],
    [
      'its first resource (a column the account did not have)',
      [{ account: target, type: 'create-resource', kind: 's3-bucket', name: 'zz-new-bucket' }],
    ],
    [
      'an attachment of an AWS managed policy',
      [
        {
          account: target,
          type: 'attach-policy',
          to: 'user',
          name: 'user-1',
          policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
        },
      ],
    ],
  ];
  for (const [what, commands] of additions) {
    it(`adding ${what} to one account moves no node of another account`, () => {
      const m = buildGraph(apply(world, commands));
      expect(othersOf(m, layoutGraph(m), target)).toEqual(othersOf(model, before, target));
    });
  }

  it('adding one user that opens a new column of users moves no node of another account', () => {
    // 7 accounts whose first column (root and 17 users) is full: an 18th user opens a second column of users.
    const full = generatedWorld(7, { users: DEFAULT_LAYOUT.maxRows - 1, groups: 1, roles: 1, policies: 1 });
    const first = generatedAccountId(0);
    const m0 = buildGraph(full);
    const p0 = layoutGraph(m0);
    const m = buildGraph(apply(full, [{ account: first, type: 'create-user', userName: 'zz-one-more' }]));
    expect(othersOf(m, layoutGraph(m), first)).toEqual(othersOf(m0, p0, first));
  });
});
