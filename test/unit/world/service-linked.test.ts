import { describe, expect, it } from 'vitest';
import lesson29 from '../../../shared/lessons/content/29-service-linked-roles.json';
import {
  SERVICE_LINKED_ROLES,
  createServiceLinkedRoleCommands,
  serviceLinkedRoleArn,
  serviceLinkedRoleSpec,
} from '../../../shared/world/service-linked/service-linked-role';
import { applyLessonCommands, loadLessonWorld } from '../../../shared/lessons/world-bridge';
import { evaluateLessonRequest } from '../../../shared/lessons/checks/run-check';
import type { LessonCommand } from '../../../shared/lessons/lesson-types';

const A = '111122223333';
const B = '444455556666';
const spec = serviceLinkedRoleSpec('autoscaling.amazonaws.com')!;
const denyLaunch = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*' }],
};

function world() {
  const start = loadLessonWorld({ builtin: 'empty' });
  if (!start.ok) throw new Error(start.code);
  let r = applyLessonCommands(
    start.world,
    [
      { type: 'create-account', accountId: A },
      { type: 'create-organization', managementAccountId: A },
      { type: 'enable-policy-type', account: A, policyType: 'SERVICE_CONTROL_POLICY' },
      {
        type: 'create-org-policy',
        account: A,
        policyType: 'SERVICE_CONTROL_POLICY',
        name: 'NoLaunch',
        document: denyLaunch,
      },
    ],
    false,
  );
  if (!r.ok) throw new Error(r.code);
  const org = r.world.organization!;
  const scp = Object.keys(org.policies).find((id) => org.policies[id].name === 'NoLaunch')!;
  const more: LessonCommand[] = [
    { type: 'create-account', accountId: B, parentId: org.rootId },
    { type: 'attach-org-policy', account: A, policyId: scp, targetId: B },
    ...createServiceLinkedRoleCommands(B, spec),
    // an ordinary role with the same permissions, for comparison
    {
      ...createServiceLinkedRoleCommands(B, spec)[0],
      roleName: 'LookAlike',
      path: '/',
      serviceLinked: false,
    } as LessonCommand,
    { ...createServiceLinkedRoleCommands(B, spec)[1], name: 'LookAlike' } as LessonCommand,
  ];
  r = applyLessonCommands(r.world, more, false);
  if (!r.ok) throw new Error(`${r.index} ${r.code}`);
  return r.world;
}

describe('service-linked roles', () => {
  const w = world();

  it('creates the role under /aws-service-role/<service>/, trusted by the service, flagged service-linked', () => {
    const role = w.accounts[B].roles[spec.roleName];
    expect(role.arn).toBe(serviceLinkedRoleArn(B, spec));
    expect(role.path).toBe('/aws-service-role/autoscaling.amazonaws.com/');
    expect(role.serviceLinked).toBe(true);
    expect(SERVICE_LINKED_ROLES.every((s) => s.roleName.startsWith('AWSServiceRoleFor'))).toBe(true);
  });

  it('an SCP deny does not apply to the service-linked role, but does to a look-alike role', () => {
    const inst = `arn:aws:ec2:us-east-1:${B}:instance/*`;
    const slr = evaluateLessonRequest(w, {
      principal: serviceLinkedRoleArn(B, spec),
      action: 'ec2:RunInstances',
      resource: inst,
    });
    const other = evaluateLessonRequest(w, {
      principal: `arn:aws:iam::${B}:role/LookAlike`,
      action: 'ec2:RunInstances',
      resource: inst,
    });
    if (!slr.ok || !other.ok) expect.fail('unresolved');
    expect(slr.result.decision).toBe('allowed');
    expect(other.result.decision).toBe('explicitDeny');
  });

  it('only the service can assume it', () => {
    const arn = serviceLinkedRoleArn(B, spec);
    const ok = evaluateLessonRequest(w, {
      principal: 'autoscaling.amazonaws.com',
      action: 'sts:AssumeRole',
      resource: arn,
    });
    const no = evaluateLessonRequest(w, { principal: 'ec2.amazonaws.com', action: 'sts:AssumeRole', resource: arn });
    if (!ok.ok || !no.ok) expect.fail('unresolved');
    expect(ok.result.decision).toBe('allowed');
    expect(no.result.decision).toBe('implicitDeny');
  });

  it('lesson 29 builds its service-linked role with these commands', () => {
    const setup = JSON.stringify(lesson29.setup);
    for (const cmd of createServiceLinkedRoleCommands(B, spec)) expect(setup).toContain(JSON.stringify(cmd));
  });
});
