/**
 * From a message to the deciding gate and back: render the message a denied evaluation gets, read it again, replay it
 * in the world, and say plainly when the world disagrees with AWS.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam';
import {
  decodeAuthorizationMessage,
  denialMessage,
  explainDenial,
  narrateAgreement,
  NARRATED_DENIAL_CODES,
  parseDenialMessage,
} from '../../../shared/iam/denial';
import { requestFor } from '../../../shared/world/request-for';
import { organizationWorld, welcomeWorld } from '../../../shared/world/samples';
import { ORG_SAMPLE_ACCOUNTS } from '../../../shared/world/samples/organization';
import type { World } from '../../../shared/world/types';

const W = '111122223333';
const DANA = `arn:aws:iam::${ORG_SAMPLE_ACCOUNTS.member}:user/dana`;
const OBJECT = 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv';

function denied(world: World, who: string, action: string, resource: string) {
  const r = requestFor(world, who, action, resource);
  if (!r.ok) throw new Error('no request');
  const result = evaluate(r.value);
  return { request: r.value, result, message: denialMessage(r.value, result) };
}

describe('denialMessage renders AWS formats', () => {
  it('S3 implicit deny: AccessDenied, quoted resource, identity-based policy', () => {
    const d = denied(welcomeWorld(), `arn:aws:iam::${W}:user/bob`, 's3:GetObject', OBJECT);
    expect(d.message?.cliText).toBe(
      `An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::${W}:user/bob is not authorized to perform: s3:GetObject on resource: "${OBJECT}" because no identity-based policy allows the s3:GetObject action`,
    );
  });

  it('SCP explicit deny names the SCP ARN (same organization)', () => {
    const d = denied(organizationWorld(), DANA, 's3:DeleteBucket', 'arn:aws:s3:::workloads-prod-logs');
    expect(d.message?.message).toMatch(
      /^User: arn:aws:iam::200000000002:user\/dana is not authorized to perform: s3:DeleteBucket on resource: "arn:aws:s3:::workloads-prod-logs" with an explicit deny in a service control policy: arn:aws:organizations::100000000001:policy\/o-[a-z0-9]+\/service_control_policy\/p-[a-z0-9]+$/,
    );
  });

  it('JSON-protocol services answer AccessDeniedException; no resource clause for "*"', () => {
    const d = denied(welcomeWorld(), `arn:aws:iam::${W}:user/bob`, 'dynamodb:ListTables', '*');
    expect(d.message?.errorCode).toBe('AccessDeniedException');
    expect(d.message?.message).toBe(
      `User: arn:aws:iam::${W}:user/bob is not authorized to perform: dynamodb:ListTables because no identity-based policy allows the dynamodb:ListTables action`,
    );
  });

  it('EC2 answers UnauthorizedOperation with an encoded message that decodes to the request', () => {
    const d = denied(welcomeWorld(), `arn:aws:iam::${W}:user/bob`, 'ec2:RunInstances', '*');
    expect(d.message?.errorCode).toBe('UnauthorizedOperation');
    const encoded = parseDenialMessage(d.message!.cliText).parsed?.encodedMessage;
    const doc = JSON.parse(decodeAuthorizationMessage(encoded!)!);
    expect(doc).toMatchObject({
      allowed: false,
      explicitDeny: false,
      context: { principal: { arn: `arn:aws:iam::${W}:user/bob` }, action: 'ec2:RunInstances', resource: '*' },
      iamLab: { version: 1, reason: 'decision.no-allow', policyType: 'identity' },
    });
    expect(decodeAuthorizationMessage('not-ours')).toBeUndefined();
  });

  it('an allowed request has no message; expired credentials answer ExpiredToken', () => {
    expect(denied(welcomeWorld(), `arn:aws:iam::${W}:user/alice`, 's3:GetObject', OBJECT).message).toBeUndefined();
    const r = requestFor(welcomeWorld(), `arn:aws:iam::${W}:user/bob`, 's3:GetObject', OBJECT);
    if (!r.ok) throw new Error('no request');
    const req = {
      ...r.value,
      principal: { ...r.value.principal, expiresAt: '2000-01-01T00:00:00Z' },
    } as typeof r.value;
    expect(denialMessage(req, evaluate(req))?.cliText).toBe(
      'An error occurred (ExpiredToken) when calling the GetObject operation: The security token included in the request is expired',
    );
  });

  it('GetSessionToken credentials: IAM without MFA is an invalid token, other STS calls are refused by name', () => {
    const asTokenUser = (action: string, mfa: boolean) => {
      const r = requestFor(welcomeWorld(), `arn:aws:iam::${W}:user/alice`, action, '*');
      if (!r.ok) throw new Error('no request');
      const principal = {
        ...r.value.principal,
        issuedAt: '2025-06-01T11:00:00Z',
        mfa: mfa ? { present: true, ageSeconds: 60 } : { present: false },
      };
      const req = { ...r.value, principal } as typeof r.value;
      return denialMessage(req, evaluate(req))?.cliText;
    };
    expect(asTokenUser('iam:ListUsers', false)).toBe(
      'An error occurred (InvalidClientTokenId) when calling the ListUsers operation: The security token included in the request is invalid',
    );
    expect(asTokenUser('sts:GetFederationToken', true)).toBe(
      'An error occurred (AccessDenied) when calling the GetFederationToken operation: Cannot call GetFederationToken with session credentials',
    );
  });
});

describe('explainDenial replays a message in a world', () => {
  it('round trip: the rendered message reads back and the world agrees', () => {
    const world = organizationWorld();
    const d = denied(world, DANA, 's3:DeleteBucket', 'arn:aws:s3:::workloads-prod-logs');
    const x = explainDenial(d.message!.cliText, world);
    expect(x.diagnostics).toEqual([]);
    expect(x.agreement).toMatchObject({ code: 'denial.agree', agrees: true });
    expect(x.evaluation?.decidedBy[0]?.policyKind).toBe('scp');
    expect(x.worldMessage?.cliText).toBe(d.message!.cliText);
  });

  it('AWS says an SCP denied it, the world has none: the export may be missing the organization policies', () => {
    const x = explainDenial(
      `User: arn:aws:iam::${W}:user/alice is not authorized to perform: s3:GetObject on resource: "${OBJECT}" with an explicit deny in a service control policy`,
      welcomeWorld(),
    );
    expect(x.agreement).toMatchObject({
      code: 'denial.world-has-no-scps',
      agrees: false,
      world: { decision: 'allowed' },
    });
    expect(narrateAgreement(x.agreement!)).toBe(
      "AWS says an SCP denied it, but this world has no SCP that applies to the caller's account: your export may be missing the organization's policies.",
    );
  });

  it('names the other disagreements: the world allows, another type decides, a missing boundary, VPC endpoints', () => {
    const world = welcomeWorld();
    const allows = explainDenial(
      `User: arn:aws:iam::${W}:user/alice is not authorized to perform: s3:GetObject on resource: "${OBJECT}" with an explicit deny in an identity-based policy`,
      world,
    );
    expect(allows.agreement?.code).toBe('denial.world-allows');
    expect(narrateAgreement(allows.agreement!)).toContain('this world allows the request');
    const other = explainDenial(
      `User: arn:aws:iam::${W}:user/bob is not authorized to perform: s3:GetObject on resource: "${OBJECT}" with an explicit deny in an identity-based policy`,
      world,
    );
    expect(other.agreement?.code).toBe('denial.kind-differs');
    const boundary = explainDenial(
      `User: arn:aws:iam::${W}:user/bob is not authorized to perform: s3:GetObject on resource: "${OBJECT}" because no permissions boundary allows the s3:GetObject action`,
      world,
    );
    expect(boundary.agreement?.code).toBe('denial.world-has-no-boundary');
    const vpce = explainDenial(
      `User: arn:aws:iam::${W}:user/bob is not authorized to perform: s3:GetObject on resource: "${OBJECT}" because no VPC endpoint policy allows the s3:GetObject action`,
      world,
    );
    expect(vpce.agreement?.code).toBe('denial.vpc-endpoint-not-modelled');
    const older = explainDenial(
      `User: arn:aws:iam::${W}:user/bob is not authorized to perform: s3:GetObject on resource: ${OBJECT}`,
      world,
    );
    expect(older.agreement?.code).toBe('denial.agree-no-type');
    expect(narrateAgreement(older.agreement!)).toBe(
      "AWS's message names no policy type; in this world, no identity-based policy allows it (an implicit deny).",
    );
    for (const x of [allows, other, boundary, vpce, older]) expect(NARRATED_DENIAL_CODES).toContain(x.agreement!.code);
  });

  it('replays an EC2 encoded-only message of ours, and says when the caller is not in the world', () => {
    const world = welcomeWorld();
    const d = denied(world, `arn:aws:iam::${W}:user/bob`, 'ec2:RunInstances', '*');
    const encoded = parseDenialMessage(d.message!.cliText).parsed!.encodedMessage!;
    const x = explainDenial(
      `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${encoded}`,
      world,
    );
    expect(x.request?.action).toBe('ec2:RunInstances');
    expect(x.agreement?.code).toBe('denial.agree');
    const stranger = explainDenial(
      'User: arn:aws:iam::999999999999:user/eve is not authorized to perform: s3:GetObject on resource: x',
      world,
    );
    expect(stranger.diagnostics.map((d) => d.code)).toEqual(['denial.principal-not-in-world']);
    expect(stranger.request).toBeUndefined();
  });

  it('reads a CloudTrail event the same way', () => {
    const event = {
      userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::${W}:user/bob`, accountId: W },
      eventSource: 's3.amazonaws.com',
      eventName: 'GetObject',
      errorCode: 'AccessDenied',
      errorMessage: 'Access Denied',
      requestParameters: { bucketName: 'iam-lab-welcome-bucket', key: 'reports/q1.csv' },
    };
    const x = explainDenial(JSON.stringify(event), welcomeWorld());
    expect(x.parsed).toMatchObject({
      action: 's3:GetObject',
      resource: OBJECT,
      principalArn: `arn:aws:iam::${W}:user/bob`,
    });
    expect(x.agreement?.code).toBe('denial.agree-no-type');
    expect(x.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ['denial.event-message-short', 'warning', 'errorMessage'],
    ]);
    for (const d of x.diagnostics) expect(NARRATED_DENIAL_CODES).toContain(d.code);
  });
});
