import { describe, expect, it } from 'vitest';
import { evaluateWithGrants, type KmsGrant } from '../../../shared/iam/kms/grants';
import type { EvaluationRequest, JsonValue, PolicyInput } from '../../../shared/iam/request';

const A = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const ROLE = `arn:aws:iam::${A}:role/Worker`;
const keyPolicy = (statements: JsonValue[]): PolicyInput => ({
  id: `${KEY}#policy`,
  document: { Version: '2012-10-17', Statement: statements },
});
const admins = {
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${A}:role/KeyAdmin` },
  Action: 'kms:*',
  Resource: '*',
};
const denyWorker = { Effect: 'Deny', Principal: { AWS: ROLE }, Action: 'kms:Decrypt', Resource: '*' };

function request(action: string, resourcePolicy: PolicyInput): EvaluationRequest {
  return {
    principal: { kind: 'role-session', account: A, roleArn: ROLE, sessionName: 's' },
    action,
    resource: { arn: KEY },
    policies: { resource: resourcePolicy },
  };
}

const grant: KmsGrant = {
  grantId: 'g-1',
  keyArn: KEY,
  granteePrincipal: ROLE,
  operations: ['Decrypt', 'GenerateDataKey'],
  constraints: { encryptionContextSubset: { app: 'billing' } },
};

describe('KMS grants', () => {
  it('without a grant the key policy decides: implicit deny', () => {
    expect(evaluateWithGrants(request('kms:Decrypt', keyPolicy([admins])), []).decision).toBe('implicitDeny');
  });

  it('a grant for the role allows its operations with a matching encryption context', () => {
    const r = evaluateWithGrants(request('kms:Decrypt', keyPolicy([admins])), [grant], { app: 'billing', env: 'prod' });
    expect(r).toMatchObject({ decision: 'allowed', grant: { grantId: 'g-1' } });
  });

  it('not for other operations, another context, or once retired', () => {
    expect(evaluateWithGrants(request('kms:Encrypt', keyPolicy([admins])), [grant], { app: 'billing' }).decision).toBe(
      'implicitDeny',
    );
    expect(evaluateWithGrants(request('kms:Decrypt', keyPolicy([admins])), [grant], { app: 'hr' }).decision).toBe(
      'implicitDeny',
    );
    expect(
      evaluateWithGrants(request('kms:Decrypt', keyPolicy([admins])), [{ ...grant, retired: true }], { app: 'billing' })
        .decision,
    ).toBe('implicitDeny');
  });

  it('never overrides an explicit deny in the key policy', () => {
    expect(
      evaluateWithGrants(request('kms:Decrypt', keyPolicy([admins, denyWorker])), [grant], { app: 'billing' }).decision,
    ).toBe('explicitDeny');
  });

  it('an exact-context constraint refuses extra pairs', () => {
    const exact: KmsGrant = { ...grant, constraints: { encryptionContextEquals: { app: 'billing' } } };
    expect(evaluateWithGrants(request('kms:Decrypt', keyPolicy([admins])), [exact], { app: 'billing' }).decision).toBe(
      'allowed',
    );
    expect(
      evaluateWithGrants(request('kms:Decrypt', keyPolicy([admins])), [exact], { app: 'billing', env: 'prod' })
        .decision,
    ).toBe('implicitDeny');
  });
});
