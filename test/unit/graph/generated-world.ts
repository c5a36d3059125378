/**
 * A generated large world for level-of-detail tests (unit and e2e), built only through world commands. With the
 * default sizes, 8 accounts give about 2,000 nodes: the shape of the graph bench's world (users in groups, roles each
 * trusting a user of the next account, managed and inline policies), written here so tests do not depend on bench/.
 */
import { applyCommands, emptyWorld, type World, type WorldCommand } from '../../../shared/world';

/** How much goes into each generated account. */
export interface GeneratedSizes {
  users: number;
  groups: number;
  roles: number;
  policies: number;
}

/** About 250 nodes per account, like the bench. */
export const BENCH_SIZES: GeneratedSizes = { users: 60, groups: 8, roles: 60, policies: 70 };

/** The id of generated account number `a` (12 digits, in increasing order). */
export const generatedAccountId = (a: number): string => String(100000000000 + a * 1111);

/** Commands that fill a world with `accounts` accounts of the given sizes. */
export function generatedCommands(accounts: number, sizes: GeneratedSizes = BENCH_SIZES): WorldCommand[] {
  const commands: WorldCommand[] = [];
  for (let a = 0; a < accounts; a++) {
    const account = generatedAccountId(a);
    const next = generatedAccountId((a + 1) % accounts);
    commands.push({ type: 'create-account', accountId: account, name: `Generated ${a}` });
    for (let g = 0; g < sizes.groups; g++) commands.push({ account, type: 'create-group', groupName: `group-${g}` });
    for (let p = 0; p < sizes.policies; p++) {
      commands.push({
        account,
        type: 'create-policy',
        policyName: `policy-${p}`,
        policyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${p}/*` }],
        },
      });
    }
    for (let u = 0; u < sizes.users; u++) {
      commands.push({ account, type: 'create-user', userName: `user-${u}` });
      if (sizes.groups > 0)
        commands.push({
          account,
          type: 'add-user-to-group',
          userName: `user-${u}`,
          groupName: `group-${u % sizes.groups}`,
        });
      if (sizes.policies > 0)
        commands.push({
          account,
          type: 'attach-policy',
          to: 'user',
          name: `user-${u}`,
          policyArn: `arn:aws:iam::${account}:policy/policy-${u % sizes.policies}`,
        });
    }
    for (let r = 0; r < sizes.roles; r++) {
      const trust = {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${next}:user/user-${r % Math.max(1, sizes.users)}` },
            Action: 'sts:AssumeRole',
          },
        ],
      };
      commands.push({ account, type: 'create-role', roleName: `role-${r}`, assumeRolePolicyDocument: trust });
      commands.push({
        account,
        type: 'put-inline-policy',
        to: 'role',
        name: `role-${r}`,
        policyName: 'inline',
        policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] },
      });
      if (sizes.policies > 0)
        commands.push({
          account,
          type: 'attach-policy',
          to: 'role',
          name: `role-${r}`,
          policyArn: `arn:aws:iam::${account}:policy/policy-${r % sizes.policies}`,
        });
    }
  }
  return commands;
}

/** A world of `accounts` generated accounts (throws if a command is refused: a bug in the generator). */
export function generatedWorld(accounts: number, sizes: GeneratedSizes = BENCH_SIZES): World {
  const r = applyCommands(emptyWorld('Generated'), generatedCommands(accounts, sizes));
  if (!r.ok) throw new Error(`generated world: command ${r.index} refused: ${r.error.reason}`);
  return r.world;
}
