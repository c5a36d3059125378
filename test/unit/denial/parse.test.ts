/** The access-denied readers: every documented message form (fixtures), CloudTrail events, and what cannot be read. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORMATS,
  NARRATED_DENIAL_CODES,
  narrateDenialDiagnostic,
  parseCloudTrailEvent,
  parseDenialMessage,
  type ParsedDenial,
} from '../../../shared/iam/denial';

interface Fixture {
  name: string;
  source: string;
  message: string;
  expect: Partial<ParsedDenial> & { diagnostics?: string[] };
}
const { fixtures } = JSON.parse(readFileSync(join(import.meta.dirname, 'message-fixtures.json'), 'utf8')) as {
  fixtures: Fixture[];
};

describe('parseDenialMessage on AWS documentation examples', () => {
  for (const f of fixtures) {
    it(f.name, () => {
      const { diagnostics: wanted, ...fields } = f.expect;
      const r = parseDenialMessage(f.message);
      expect(r.parsed, JSON.stringify(r.diagnostics)).toBeDefined();
      expect(r.parsed).toMatchObject(fields);
      expect(r.diagnostics.map((d) => d.code).sort()).toEqual([...(wanted ?? [])].sort());
      for (const d of r.diagnostics) expect(NARRATED_DENIAL_CODES).toContain(d.code);
    });
  }

  it('covers every sentence format with at least one documented example', () => {
    const seen = new Set(fixtures.map((f) => parseDenialMessage(f.message).parsed?.format));
    // 7 policy types × (implicit, explicit), the older form, EC2 encoded-only, ExpiredToken, and CloudTrail events.
    expect(FORMATS.length).toBe(18);
    const sentenceFormats = FORMATS.filter((f) => f !== 'cloudtrail');
    expect(sentenceFormats.filter((f) => !seen.has(f))).toEqual([]);
  });

  it('reads a message without the CLI wrapper, across line breaks', () => {
    const r = parseDenialMessage(
      'User: arn:aws:iam::111122223333:user/bob\n  is not authorized to perform: s3:ListBucket on resource:\n  arn:aws:s3:::iam-lab-welcome-bucket because no identity-based policy allows the s3:ListBucket action',
    );
    expect(r.parsed).toMatchObject({
      principalArn: 'arn:aws:iam::111122223333:user/bob',
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::iam-lab-welcome-bucket',
      policyType: 'identity',
      kind: 'implicit',
      errorCode: 'AccessDenied',
    });
  });

  it('reads the EC2 form with the sentence and the encoded message', () => {
    const r = parseDenialMessage(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/bob is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: eyJhIjoxfQ==',
    );
    expect(r.parsed).toMatchObject({
      errorCode: 'UnauthorizedOperation',
      action: 'ec2:RunInstances',
      resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
      format: 'implicit-identity',
      encodedMessage: 'eyJhIjoxfQ==',
    });
  });

  it('says what is wrong instead of guessing', () => {
    expect(parseDenialMessage('   ').diagnostics.map((d) => d.code)).toEqual(['denial.empty']);
    expect(parseDenialMessage('Something went wrong').diagnostics.map((d) => d.code)).toEqual([
      'denial.not-recognised',
    ]);
    const bad = parseDenialMessage(
      'An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist',
    );
    expect(bad.diagnostics.map((d) => d.code)).toContain('denial.not-authorization-error');
    const typo = parseDenialMessage(
      'User: arn:aws:iam::1:user/a is not authorized to perform: s3:GetObject on resource: x with an explicit deny in a firewall policy',
    );
    expect(typo.diagnostics.map((d) => d.code)).toEqual(['denial.policy-type-unknown']);
    expect(narrateDenialDiagnostic(typo.diagnostics[0])).toContain('"firewall policy"');
  });
});

const EVENT = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLE:deploy',
    arn: 'arn:aws:sts::111122223333:assumed-role/Deployer/deploy',
    accountId: '111122223333',
    sessionContext: { sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::111122223333:role/Deployer' } },
  },
  eventTime: '2025-06-01T12:00:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'ListObjects',
  awsRegion: 'us-east-1',
  errorCode: 'AccessDenied',
  errorMessage:
    'User: arn:aws:sts::111122223333:assumed-role/Deployer/deploy is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::iam-lab-welcome-bucket" with an explicit deny in a service control policy',
  requestParameters: { bucketName: 'iam-lab-welcome-bucket' },
  resources: [{ type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::iam-lab-welcome-bucket' }],
};

describe('parseCloudTrailEvent', () => {
  it('reads principal, action, resource and the policy type of a refused call', () => {
    const r = parseCloudTrailEvent(JSON.stringify(EVENT));
    expect(r.diagnostics).toEqual([]);
    expect(r.parsed).toMatchObject({
      format: 'cloudtrail',
      errorCode: 'AccessDenied',
      operation: 'ListObjects',
      principalArn: 'arn:aws:sts::111122223333:assumed-role/Deployer/deploy',
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::iam-lab-welcome-bucket',
      policyType: 'scp',
      kind: 'explicit',
    });
  });

  it('falls back on the event fields when the message is the older form or EC2 encoded', () => {
    const r = parseCloudTrailEvent({
      ...EVENT,
      errorCode: 'Client.UnauthorizedOperation',
      eventSource: 'ec2.amazonaws.com',
      eventName: 'RunInstances',
      errorMessage: 'You are not authorized to perform this operation. Encoded authorization failure message: abc',
      resources: undefined,
      requestParameters: {},
    });
    expect(r.parsed).toMatchObject({
      errorCode: 'UnauthorizedOperation',
      action: 'ec2:RunInstances',
      principalArn: EVENT.userIdentity.arn,
      encodedMessage: 'abc',
    });
  });

  it('finds the refused record in a trail file and in lookup-events output', () => {
    const ok = { ...EVENT, errorCode: undefined, errorMessage: undefined };
    expect(parseCloudTrailEvent({ Records: [ok, EVENT] }).parsed?.action).toBe('s3:ListBucket');
    const lookup = { Events: [{ EventName: 'ListObjects', CloudTrailEvent: JSON.stringify(EVENT) }] };
    expect(parseCloudTrailEvent(JSON.stringify(lookup)).parsed?.policyType).toBe('scp');
  });

  it('gives diagnostics with JSON paths', () => {
    expect(parseCloudTrailEvent('{not json').diagnostics.map((d) => d.code)).toEqual(['denial.event-not-json']);
    const ok = parseCloudTrailEvent({ ...EVENT, errorCode: undefined });
    expect(ok.diagnostics).toEqual([{ code: 'denial.event-no-error', severity: 'error', path: 'errorCode' }]);
    const noWho = parseCloudTrailEvent({ ...EVENT, userIdentity: {}, errorMessage: undefined });
    expect(noWho.diagnostics.map((d) => [d.code, d.path])).toEqual([['denial.event-no-principal', 'userIdentity']]);
    for (const d of [...ok.diagnostics, ...noWho.diagnostics]) expect(NARRATED_DENIAL_CODES).toContain(d.code);
  });
});
