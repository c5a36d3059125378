/** The pure world → graph builder: ids are world ids, stored and derived edges, and the imported example account. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  countByKind,
  deletionPlan,
  inlinePolicyId,
  visibleNodeIds,
  NO_FILTER,
} from '../../../shared/graph';
import { applyCommands, welcomeWorld } from '../../../shared/world';
import { crossAccountWorld, ec2World, federationWorld, organizationWorld } from '../../../shared/world/samples';
import { importAuthzDetails } from '../../../shared/world/authz/import';

const A = '111122223333';

describe('buildGraph', () => {
  it('draws the welcome world with ARNs as ids and accounts as boxes', () => {
    const m = buildGraph(welcomeWorld());
    const ids = m.nodes.map((n) => n.id);
    expect(ids).toContain(A);
    expect(ids).toContain(`arn:aws:iam::${A}:root`);
    expect(ids).toContain(`arn:aws:iam::${A}:user/alice`);
    const alice = m.nodes.find((n) => n.id === `arn:aws:iam::${A}:user/alice`)!;
    expect(alice).toMatchObject({ kind: 'user', label: 'alice', parent: A, account: A });
    expect(m.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        `member-of:arn:aws:iam::${A}:user/alice->arn:aws:iam::${A}:group/Developers`,
        `attached:arn:aws:iam::${A}:group/Developers->arn:aws:iam::${A}:policy/DevelopersReadWelcomeBucket`,
        `attached:arn:aws:iam::${A}:user/alice->arn:aws:iam::aws:policy/IAMUserChangePassword`,
      ]),
    );
    // AWS managed policies sit in their own area, outside every account.
    expect(m.nodes.find((n) => n.id === 'arn:aws:iam::aws:policy/IAMUserChangePassword')).toMatchObject({
      kind: 'aws-policy',
      parent: 'area:aws-managed',
    });
  });

  it('is deterministic and lists compound nodes before the nodes they hold', () => {
    const a = buildGraph(welcomeWorld());
    expect(buildGraph(welcomeWorld())).toEqual(a);
    const index = new Map(a.nodes.map((n, i) => [n.id, i]));
    for (const n of a.nodes) if (n.parent) expect(index.get(n.parent)!).toBeLessThan(index.get(n.id)!);
  });

  it('derives can-assume across accounts and resource-policy grants from documents', () => {
    const m = buildGraph(crossAccountWorld());
    const role = 'arn:aws:iam::222222222222:role/ProdS3Reader';
    expect(m.edges.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        `can-assume:arn:aws:iam::111111111111:root->${role}`,
        `grants:${role}->arn:aws:s3:::lab-prod-data`,
      ]),
    );
    const inline = inlinePolicyId('arn:aws:iam::111111111111:user/carol', 'AssumeProdReader');
    expect(m.nodes.find((n) => n.id === inline)).toMatchObject({ kind: 'inline-policy', parent: '111111111111' });
  });

  it('marks federated trust with conditions and draws services and instance profiles', () => {
    const fed = buildGraph(federationWorld()).edges.filter((e) => e.kind === 'can-assume');
    expect(fed.length).toBe(2);
    expect(fed.every((e) => e.conditional)).toBe(true);
    const ec2 = buildGraph(ec2World());
    expect(ec2.nodes.find((n) => n.id === 'ec2.amazonaws.com')).toMatchObject({
      kind: 'service',
      parent: 'area:services',
    });
    expect(countByKind(ec2).edges['instance-profile']).toBe(2);
  });

  it('draws the organization, its OUs and SCP attachments', () => {
    const m = buildGraph(organizationWorld());
    const counts = countByKind(m);
    expect(counts.nodes).toMatchObject({ organization: 1, ou: 1, account: 2, scp: 2 });
    expect(counts.edges['org-policy']).toBe(5);
    const org = m.nodes.find((n) => n.kind === 'organization')!;
    const ou = m.nodes.find((n) => n.kind === 'ou')!;
    expect(ou.parent).toBe(org.id);
  });

  it('draws can-pass-role for a named role and flags "any role"', () => {
    const base = welcomeWorld();
    const r = applyCommands(base, [
      {
        type: 'create-role',
        roleName: 'AppRole',
        assumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
      },
      {
        type: 'put-inline-policy',
        to: 'user',
        name: 'bob',
        policyName: 'Pass',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${A}:role/App*` }],
        },
      },
      {
        type: 'put-inline-policy',
        to: 'user',
        name: 'alice',
        policyName: 'PassAll',
        policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] },
      },
    ]);
    if (!r.ok) throw new Error(r.error.reason);
    const m = buildGraph(r.world);
    expect(m.edges.map((e) => e.id)).toContain(
      `can-pass-role:arn:aws:iam::${A}:user/bob->arn:aws:iam::${A}:role/AppRole`,
    );
    expect(m.edges.some((e) => e.kind === 'can-pass-role' && e.source.endsWith('user/alice'))).toBe(false);
    expect(m.nodes.find((n) => n.id.endsWith('user/alice'))?.detail?.passesAnyRole).toBe(true);
  });

  it('draws the imported example account (44 users, 5 groups, 78 roles, 84 policies)', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'authz-details-example.json'), 'utf8');
    const r = importAuthzDetails(JSON.parse(text));
    if (!r.ok) throw new Error('import failed');
    const counts = countByKind(buildGraph(r.world));
    // Every imported AWS managed policy is drawn (38, as the import reports), attached or not (14 are attached).
    expect(counts.nodes).toMatchObject({
      user: 44,
      group: 5,
      role: 78,
      policy: 46,
      'aws-policy': 38,
      'inline-policy': 39,
    });
    expect(counts.edges).toMatchObject({ 'member-of': 6, attached: 106, inline: 39, 'can-assume': 87 });
  });
});

describe('visibleNodeIds', () => {
  it('keeps matches, their neighbours and the boxes around them', () => {
    const m = buildGraph(welcomeWorld());
    const v = visibleNodeIds(m, { ...NO_FILTER, query: 'bob' });
    expect([...v].sort()).toEqual([A, `arn:aws:iam::${A}:user/bob`].sort());
    const focus = visibleNodeIds(m, { ...NO_FILTER, focus: `arn:aws:iam::${A}:group/Developers` });
    expect(focus.has(`arn:aws:iam::${A}:user/alice`)).toBe(true);
    expect(focus.has(`arn:aws:iam::${A}:user/bob`)).toBe(false);
    const noUsers = visibleNodeIds(m, { ...NO_FILTER, hiddenKinds: ['user'] });
    expect(noUsers.has(`arn:aws:iam::${A}:user/alice`)).toBe(false);
  });
});

describe('deletionPlan', () => {
  it('removes what hangs off a user before deleting it, and the plan applies', () => {
    const w = welcomeWorld();
    const plan = deletionPlan(w, `arn:aws:iam::${A}:user/alice`)!;
    expect(plan.map((c) => c.type)).toEqual([
      'delete-login-profile',
      'delete-access-key',
      'remove-user-from-group',
      'detach-policy',
      'delete-user',
    ]);
    const r = applyCommands(w, plan);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.world.accounts[A].users.alice).toBeUndefined();
  });

  it('detaches a customer managed policy everywhere before deleting it', () => {
    const w = welcomeWorld();
    const plan = deletionPlan(w, `arn:aws:iam::${A}:policy/DevelopersReadWelcomeBucket`)!;
    expect(plan.map((c) => c.type)).toEqual(['detach-policy', 'delete-policy']);
    expect(applyCommands(w, plan).ok).toBe(true);
  });
});
