import { describe, expect, it } from 'vitest';
import cases from './cases/identity-center.json';
import lesson23 from '../../../shared/lessons/content/23-identity-center.json';
import {
  SSO_ROLE_PATH,
  provisionPermissionSet,
  ssoProviderArn,
  ssoProviderCommand,
  ssoRoleArn,
  ssoRoleName,
  ssoSuffix,
} from '../../../shared/world/identity-center/permission-set';
import { applyLessonCommands, loadLessonWorld } from '../../../shared/lessons/world-bridge';
import { evaluateLessonRequest } from '../../../shared/lessons/checks/run-check';
import type { LessonCommand } from '../../../shared/lessons/lesson-types';
import type { World } from '../../../shared/world/types';

const { instanceId, account, set } = cases;

/** An empty world with the account, an admin user, a second SAML provider and the permission set provisioned. */
function provisionedWorld(): World {
  const start = loadLessonWorld({ builtin: 'empty' });
  if (!start.ok) throw new Error(start.code);
  const commands: LessonCommand[] = [
    { type: 'create-account', accountId: account },
    { type: 'create-user', account, userName: 'admin' },
    {
      type: 'attach-policy',
      account,
      to: 'user',
      name: 'admin',
      policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    },
    { type: 'create-saml-provider', account, name: 'CorpAD', metadataDocument: '<EntityDescriptor/>' },
    ssoProviderCommand(account, instanceId),
    ...provisionPermissionSet(account, instanceId, set),
  ];
  const applied = applyLessonCommands(start.world, commands, false);
  if (!applied.ok) throw new Error(`${applied.index} ${applied.code}`);
  return applied.world;
}

describe('Identity Center permission sets as IAM roles', () => {
  it('names the role AWSReservedSSO_<set>_<16 hex> under the reserved path, repeatably', () => {
    const name = ssoRoleName(instanceId, 'ReadOnly');
    expect(name).toMatch(/^AWSReservedSSO_ReadOnly_[0-9a-f]{16}$/);
    expect(ssoRoleName(instanceId, 'ReadOnly')).toBe(name);
    expect(ssoRoleName(instanceId, 'Developer')).not.toBe(name);
    expect(ssoRoleArn(account, instanceId, 'ReadOnly')).toBe(`arn:aws:iam::${account}:role${SSO_ROLE_PATH}${name}`);
    expect(ssoSuffix('a')).not.toBe(ssoSuffix('b'));
  });

  it('provisions the role with the set policies in the world', () => {
    const world = provisionedWorld();
    const role = world.accounts[account].roles[ssoRoleName(instanceId, 'ReadOnly')];
    expect(role.path).toBe(SSO_ROLE_PATH);
    expect(role.attachedPolicies).toEqual(set.managedPolicyArns);
    expect(world.accounts[account].identityProviders[ssoProviderArn(account, instanceId)]?.kind).toBe('saml');
  });

  const world = provisionedWorld();
  for (const c of cases.requests) {
    it(c.name, () => {
      const principal = c.principal === 'provider' ? ssoProviderArn(account, instanceId) : c.principal;
      const r = evaluateLessonRequest(world, {
        principal,
        action: c.action,
        resource: ssoRoleArn(account, instanceId, 'ReadOnly'),
        ...(c.context ? { context: c.context } : {}),
      });
      if (!r.ok) expect.fail(r.code);
      expect(r.result.decision).toBe(c.expect);
    });
  }

  it('lesson 23 builds its workload account with these commands', () => {
    const setup = JSON.stringify(lesson23.setup);
    for (const cmd of [ssoProviderCommand(account, instanceId), ...provisionPermissionSet(account, instanceId, set)])
      expect(setup).toContain(JSON.stringify(cmd));
  });
});
