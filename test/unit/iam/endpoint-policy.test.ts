import { describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINT_POLICY, evaluateThroughEndpoint } from '../../../shared/iam/perimeter/endpoint-policy';
import type { EvaluationRequest, JsonValue } from '../../../shared/iam/request';

const ORG = 'o-abc123def4';
const VPCE = 'vpce-0a1b2c3d4e5f60718';
const ours = {
  kind: 'user' as const,
  account: '111122223333',
  arn: 'arn:aws:iam::111122223333:user/dev',
  org: { orgId: ORG },
};
const s3all = {
  id: 'id',
  document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
};

/** A read or write by our developer, with identity policies that allow all of S3. */
function request(action: string, arn: string, resourceOrg?: string): EvaluationRequest {
  return {
    principal: ours,
    action,
    resource: {
      arn,
      account: resourceOrg ? '111122223333' : '999988887777',
      ...(resourceOrg ? { org: { orgId: resourceOrg } } : {}),
    },
    policies: { identity: [s3all] },
  };
}

/** AWS's perimeter endpoint policy: only our organization's identities, only our organization's resources. */
const perimeter: JsonValue = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'OurIdentitiesOurResources',
      Effect: 'Allow',
      Principal: '*',
      Action: '*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG, 'aws:ResourceOrgID': ORG } },
    },
  ],
};

describe('VPC endpoint policies', () => {
  it('the default endpoint policy lets the request policies decide', () => {
    const r = evaluateThroughEndpoint(request('s3:GetObject', 'arn:aws:s3:::ours/a', ORG), {
      id: VPCE,
      policy: DEFAULT_ENDPOINT_POLICY,
    });
    expect(r).toEqual({ decision: 'allowed', endpoint: 'allowed', policies: 'allowed' });
  });

  it('a perimeter endpoint policy lets our identity reach our bucket', () => {
    const r = evaluateThroughEndpoint(request('s3:GetObject', 'arn:aws:s3:::ours/a', ORG), {
      id: VPCE,
      policy: perimeter,
    });
    expect(r.decision).toBe('allowed');
  });

  it('and refuses a bucket outside the organization that IAM and its bucket policy would allow', () => {
    const req = request('s3:PutObject', 'arn:aws:s3:::stash/dump');
    req.policies.resource = {
      id: 'stash',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: '*' }],
      },
    };
    expect(evaluateThroughEndpoint(req, { id: VPCE, policy: perimeter })).toEqual({
      decision: 'implicitDeny',
      endpoint: 'implicitDeny',
      policies: 'allowed',
    });
  });

  it('a Deny in the endpoint policy wins', () => {
    const deny: JsonValue = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: '*' },
      ],
    };
    const r = evaluateThroughEndpoint(request('s3:DeleteObject', 'arn:aws:s3:::ours/a', ORG), {
      id: VPCE,
      policy: deny,
    });
    expect(r).toEqual({ decision: 'explicitDeny', endpoint: 'explicitDeny', policies: 'allowed' });
  });

  it('sets aws:SourceVpce, so bucket policies that require the endpoint see it', () => {
    const req = request('s3:GetObject', 'arn:aws:s3:::ours/a', ORG);
    req.resource.account = '111122223333';
    req.policies.resource = {
      id: 'bucket',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:SourceVpce': VPCE } },
          },
        ],
      },
    };
    expect(evaluateThroughEndpoint(req, { id: VPCE, policy: DEFAULT_ENDPOINT_POLICY }).decision).toBe('allowed');
    expect(
      evaluateThroughEndpoint(req, { id: 'vpce-0fffffffffffffff0', policy: DEFAULT_ENDPOINT_POLICY }).decision,
    ).toBe('explicitDeny');
  });
});
