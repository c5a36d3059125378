/** World facts, answered from worlds built with real commands. */
import { describe, expect, it } from 'vitest';
import { applyCommands } from '../../../shared/world/commands/apply';
import { emptyWorld } from '../../../shared/world/account-factory';
import type { WorldCommand } from '../../../shared/world/commands/types';
import type { World } from '../../../shared/world/types';
import { evaluateFact, trustNames } from '../../../shared/lessons/checks/facts';

const A = '111122223333';
function world(cmds: WorldCommand[]): World {
  const r = applyCommands(emptyWorld('t', '2025-01-01T00:00:00Z'), [{ type: 'create-account', accountId: A }, ...cmds]);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.world;
}

describe('facts', () => {
  const w = world([
    { type: 'create-user', userName: 'bob' },
    { type: 'create-group', groupName: 'Ops' },
    { type: 'add-user-to-group', userName: 'bob', groupName: 'Ops' },
    { type: 'attach-policy', to: 'group', name: 'Ops', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    { type: 'create-access-key', userName: 'bob' },
    { type: 'advance-clock', seconds: 100 * 86400 },
    { type: 'create-access-key', userName: 'bob' },
    {
      type: 'create-role',
      roleName: 'R',
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: A }, Action: 'sts:AssumeRole' }],
      },
    },
  ]);

  it('user-in-group by name and by ARN', () => {
    expect(evaluateFact(w, { fact: 'user-in-group', user: 'bob', group: 'Ops' }).pass).toBe(true);
    expect(
      evaluateFact(w, {
        fact: 'user-in-group',
        user: `arn:aws:iam::${A}:user/bob`,
        group: `arn:aws:iam::${A}:group/Ops`,
      }).pass,
    ).toBe(true);
    expect(evaluateFact(w, { fact: 'user-in-group', user: 'nobody', group: 'Ops' }).code).toBe('fact.not-found');
  });

  it('no-user-has-policy sees attachments through groups', () => {
    const f = { fact: 'no-user-has-policy' as const, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' };
    expect(evaluateFact(w, f)).toEqual({ pass: false, code: 'fact.user-has-policy' });
    expect(evaluateFact(w, { ...f, policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }).pass).toBe(true);
  });

  it('access keys by age and status', () => {
    expect(evaluateFact(w, { fact: 'access-key-count', user: 'bob', count: 2 }).pass).toBe(true);
    expect(evaluateFact(w, { fact: 'access-key-status', user: 'bob', olderThanDays: 90, status: 'Active' }).pass).toBe(
      true,
    );
    expect(
      evaluateFact(w, { fact: 'access-key-status', user: 'bob', olderThanDays: 90, status: 'Inactive' }).code,
    ).toBe('fact.key-status-differs');
    expect(evaluateFact(w, { fact: 'access-key-status', user: 'bob', olderThanDays: 200, status: 'none' }).pass).toBe(
      true,
    );
    expect(evaluateFact(w, { fact: 'access-key-status', user: 'bob', olderThanDays: 200, status: 'Active' }).code).toBe(
      'fact.no-such-key',
    );
  });

  it('role-trusts treats an account id and its root ARN alike', () => {
    expect(evaluateFact(w, { fact: 'role-trusts', role: 'R', principal: `arn:aws:iam::${A}:root` }).pass).toBe(true);
    expect(evaluateFact(w, { fact: 'role-trusts', role: 'R', principal: 'ec2.amazonaws.com' }).pass).toBe(false);
    expect(trustNames('not json', 'x')).toBe(false);
  });

  it('mfa, console access, entity-exists, boundary', () => {
    expect(evaluateFact(w, { fact: 'mfa-enabled', user: 'bob' }).code).toBe('fact.no-mfa');
    expect(evaluateFact(w, { fact: 'mfa-enabled', user: `arn:aws:iam::${A}:root` }).code).toBe('fact.no-mfa');
    expect(evaluateFact(w, { fact: 'console-access', user: 'bob' }).code).toBe('fact.no-console-access');
    expect(evaluateFact(w, { fact: 'entity-exists', arn: `arn:aws:iam::${A}:role/R` }).pass).toBe(true);
    expect(evaluateFact(w, { fact: 'boundary-set', on: 'bob' }).code).toBe('fact.no-boundary');
  });
});
