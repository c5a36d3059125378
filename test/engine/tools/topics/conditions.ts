/**
 * Topic: condition operators, family by family, with IfExists, ForAllValues / ForAnyValue, missing keys, the AND / OR
 * rules across operators, keys and values, and case-insensitive key names.
 *
 * Each row is one Allow statement with one Condition block; the request carries (or lacks) the context value.
 */
import {
  DOC,
  A,
  BUCKET,
  TABLE,
  NOW,
  allow,
  deny,
  idReq,
  kase,
  res,
  type CaseTopic,
  type EngineCase,
  type Stmt,
} from '../case-kit';
import type { ContextValue } from '../../../../shared/iam/request';

const cases: EngineCase[] = [];
type Row = [
  name: string,
  condition: Stmt,
  context: Record<string, ContextValue> | undefined,
  expected: 'allowed' | 'implicitDeny',
  note: string,
];

/** s3:GetObject on docs-bucket/report.txt with the given condition and context. */
function add(rows: Row[], docUrl: string, o: { action?: string; resource?: string; now?: string } = {}) {
  for (const [name, condition, context, expected, note] of rows) {
    const action = o.action ?? 's3:GetObject';
    cases.push(
      kase(
        name,
        note,
        idReq(allow(action, '*', condition), {
          action,
          resource: o.resource ? res(o.resource) : undefined,
          context,
          now: o.now,
        }),
        expected,
        docUrl,
      ),
    );
  }
}

const REGION = 'aws:RequestedRegion';
// ---- String ---------------------------------------------------------------------------------------------------
add(
  [
    [
      'string-equals-match',
      { StringEquals: { [REGION]: 'us-east-1' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'StringEquals with the same value.',
    ],
    [
      'string-equals-mismatch',
      { StringEquals: { [REGION]: 'us-east-1' } },
      { [REGION]: 'eu-west-1' },
      'implicitDeny',
      'StringEquals with another value.',
    ],
    [
      'string-equals-case-sensitive',
      { StringEquals: { [REGION]: 'US-EAST-1' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'StringEquals compares values case-sensitively.',
    ],
    [
      'string-equals-no-wildcards',
      { StringEquals: { [REGION]: 'us-*' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'StringEquals treats * as a literal character.',
    ],
    [
      'string-equals-missing-key',
      { StringEquals: { [REGION]: 'us-east-1' } },
      undefined,
      'implicitDeny',
      'A positive operator on a missing key is false.',
    ],
    [
      'string-equals-values-or',
      { StringEquals: { [REGION]: ['eu-west-1', 'us-east-1'] } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'Several values of one key are ORed.',
    ],
    [
      'string-not-equals-match',
      { StringNotEquals: { [REGION]: 'eu-west-1' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'StringNotEquals is true for a different value.',
    ],
    [
      'string-not-equals-same',
      { StringNotEquals: { [REGION]: 'us-east-1' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'StringNotEquals is false for the same value.',
    ],
    [
      'string-not-equals-missing-key',
      { StringNotEquals: { [REGION]: 'us-east-1' } },
      undefined,
      'allowed',
      'A negated operator on a missing key is true.',
    ],
    [
      'string-not-equals-values-nor',
      { StringNotEquals: { [REGION]: ['eu-west-1', 'us-east-1'] } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'Values of a negated operator are NORed: matching any one makes it false.',
    ],
    [
      'string-not-equals-values-nor-true',
      { StringNotEquals: { [REGION]: ['eu-west-1', 'ap-south-1'] } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'The value is none of the listed ones.',
    ],
    [
      'string-equals-ignore-case-match',
      { StringEqualsIgnoreCase: { [REGION]: 'US-EAST-1' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'StringEqualsIgnoreCase ignores case.',
    ],
    [
      'string-equals-ignore-case-mismatch',
      { StringEqualsIgnoreCase: { [REGION]: 'US-WEST-2' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'Different value, even ignoring case.',
    ],
    [
      'string-not-equals-ignore-case-same',
      { StringNotEqualsIgnoreCase: { [REGION]: 'US-EAST-1' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'Same value ignoring case: the negated operator is false.',
    ],
    [
      'string-not-equals-ignore-case-diff',
      { StringNotEqualsIgnoreCase: { [REGION]: 'EU-WEST-1' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'Different value: the negated operator is true.',
    ],
    [
      'string-like-star',
      { StringLike: { [REGION]: 'us-*' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'StringLike supports * wildcards.',
    ],
    [
      'string-like-question',
      { StringLike: { [REGION]: 'us-east-?' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'StringLike supports ? for one character.',
    ],
    [
      'string-like-no-match',
      { StringLike: { [REGION]: 'eu-*' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'The pattern does not match.',
    ],
    [
      'string-like-case-sensitive',
      { StringLike: { [REGION]: 'US-*' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'StringLike is case-sensitive.',
    ],
    [
      'string-like-without-wildcard',
      { StringLike: { [REGION]: 'us-east-1' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'StringLike without wildcards is an exact comparison.',
    ],
    [
      'string-like-missing-key',
      { StringLike: { [REGION]: '*' } },
      undefined,
      'implicitDeny',
      'Even "*" does not match a key that is not there.',
    ],
    [
      'string-not-like-match',
      { StringNotLike: { [REGION]: 'eu-*' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'StringNotLike true when the pattern does not match.',
    ],
    [
      'string-not-like-no',
      { StringNotLike: { [REGION]: 'us-*' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'StringNotLike false when the pattern matches.',
    ],
    [
      'string-not-like-missing-key',
      { StringNotLike: { [REGION]: 'us-*' } },
      undefined,
      'allowed',
      'Negated operator, missing key: true.',
    ],
    [
      'string-user-agent-like',
      { StringLike: { 'aws:UserAgent': '*aws-cli*' } },
      { 'aws:UserAgent': 'aws-cli/2.15.0 Python/3.11' },
      'allowed',
      'A pattern with * on both sides.',
    ],
  ],
  DOC.operators + '#Conditions_String',
);

// ---- Numeric (s3:max-keys on ListBucket) ------------------------------------------------------------------------
const MK = 's3:max-keys';
add(
  [
    [
      'numeric-equals-match',
      { NumericEquals: { [MK]: '10' } },
      { [MK]: 10 },
      'allowed',
      'NumericEquals compares numbers; "10" in the policy equals 10.',
    ],
    [
      'numeric-equals-string-context',
      { NumericEquals: { [MK]: '10' } },
      { [MK]: '10' },
      'allowed',
      'A context value given as a numeric string is a number.',
    ],
    ['numeric-equals-mismatch', { NumericEquals: { [MK]: '10' } }, { [MK]: 11 }, 'implicitDeny', '11 is not 10.'],
    [
      'numeric-not-equals',
      { NumericNotEquals: { [MK]: '10' } },
      { [MK]: 11 },
      'allowed',
      '11 is not 10: the negated operator is true.',
    ],
    [
      'numeric-not-equals-same',
      { NumericNotEquals: { [MK]: '10' } },
      { [MK]: 10 },
      'implicitDeny',
      'Same number: false.',
    ],
    ['numeric-less-than', { NumericLessThan: { [MK]: '100' } }, { [MK]: 50 }, 'allowed', '50 < 100.'],
    [
      'numeric-less-than-equal-boundary',
      { NumericLessThan: { [MK]: '100' } },
      { [MK]: 100 },
      'implicitDeny',
      '100 is not strictly less than 100.',
    ],
    [
      'numeric-less-than-equals-boundary',
      { NumericLessThanEquals: { [MK]: '100' } },
      { [MK]: 100 },
      'allowed',
      '100 <= 100.',
    ],
    ['numeric-greater-than', { NumericGreaterThan: { [MK]: '5' } }, { [MK]: 6 }, 'allowed', '6 > 5.'],
    ['numeric-greater-than-fails', { NumericGreaterThan: { [MK]: '5' } }, { [MK]: 5 }, 'implicitDeny', '5 is not > 5.'],
    ['numeric-greater-than-equals', { NumericGreaterThanEquals: { [MK]: '5' } }, { [MK]: 5 }, 'allowed', '5 >= 5.'],
    [
      'numeric-decimal',
      { NumericLessThan: { [MK]: '10.5' } },
      { [MK]: 10 },
      'allowed',
      'Decimal numbers compare as numbers.',
    ],
    [
      'numeric-missing-key',
      { NumericLessThan: { [MK]: '100' } },
      undefined,
      'implicitDeny',
      'Positive operator, missing key: false.',
    ],
    [
      'numeric-not-equals-missing-key',
      { NumericNotEquals: { [MK]: '100' } },
      undefined,
      'allowed',
      'Negated operator, missing key: true.',
    ],
    [
      'numeric-values-or',
      { NumericEquals: { [MK]: ['10', '20'] } },
      { [MK]: 20 },
      'allowed',
      'Several numbers of one key are ORed.',
    ],
    [
      'numeric-less-than-if-exists-missing',
      { NumericLessThanIfExists: { [MK]: '100' } },
      undefined,
      'allowed',
      'IfExists: a missing key makes the condition true.',
    ],
    [
      'numeric-less-than-if-exists-present-fails',
      { NumericLessThanIfExists: { [MK]: '100' } },
      { [MK]: 500 },
      'implicitDeny',
      'IfExists: a present key is compared as usual.',
    ],
  ],
  DOC.operators + '#Conditions_Numeric',
  { action: 's3:ListBucket', resource: BUCKET },
);

// ---- Date (aws:CurrentTime comes from `now`; aws:EpochTime too) ---------------------------------------------------
add(
  [
    [
      'date-greater-than-current-time',
      { DateGreaterThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' } },
      undefined,
      'allowed',
      'NOW (2025-06-01) is after 2025-01-01.',
    ],
    [
      'date-less-than-current-time-fails',
      { DateLessThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' } },
      undefined,
      'implicitDeny',
      'NOW is not before 2025-01-01.',
    ],
    [
      'date-less-than-current-time',
      { DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } },
      undefined,
      'allowed',
      'NOW is before 2026-01-01.',
    ],
    [
      'date-window-and',
      {
        DateGreaterThan: { 'aws:CurrentTime': '2025-05-01T00:00:00Z' },
        DateLessThan: { 'aws:CurrentTime': '2025-07-01T00:00:00Z' },
      },
      undefined,
      'allowed',
      'Two operators AND together: a time window that contains NOW.',
    ],
    [
      'date-window-outside',
      {
        DateGreaterThan: { 'aws:CurrentTime': '2025-07-01T00:00:00Z' },
        DateLessThan: { 'aws:CurrentTime': '2025-08-01T00:00:00Z' },
      },
      undefined,
      'implicitDeny',
      'A window in the future: the first operator fails.',
    ],
    [
      'date-equals-exact',
      { DateEquals: { 'aws:CurrentTime': NOW } },
      undefined,
      'allowed',
      'DateEquals with the exact request time.',
    ],
    [
      'date-equals-other-format',
      { DateEquals: { 'aws:CurrentTime': '2025-06-01T12:00:00.000Z' } },
      undefined,
      'allowed',
      'Dates compare as instants, not as strings.',
    ],
    [
      'date-not-equals',
      { DateNotEquals: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } },
      undefined,
      'allowed',
      'A different instant: DateNotEquals is true.',
    ],
    [
      'date-less-than-equals-boundary',
      { DateLessThanEquals: { 'aws:CurrentTime': NOW } },
      undefined,
      'allowed',
      'Equal instants satisfy <=.',
    ],
    [
      'date-greater-than-equals-boundary',
      { DateGreaterThanEquals: { 'aws:CurrentTime': NOW } },
      undefined,
      'allowed',
      'Equal instants satisfy >=.',
    ],
    [
      'date-policy-value-epoch',
      { DateGreaterThan: { 'aws:CurrentTime': '1735689600' } },
      undefined,
      'allowed',
      'A policy date may be given in epoch seconds (1735689600 = 2025-01-01).',
    ],
    [
      'date-epoch-time-key',
      { DateGreaterThan: { 'aws:EpochTime': '2025-01-01T00:00:00Z' } },
      undefined,
      'allowed',
      'aws:EpochTime holds the same instant as aws:CurrentTime.',
    ],
    [
      'date-timezone-offset',
      { DateLessThan: { 'aws:CurrentTime': '2025-06-01T13:30:00+02:00' } },
      undefined,
      'implicitDeny',
      '13:30+02:00 is 11:30Z, before NOW (12:00Z).',
    ],
    [
      'date-missing-custom-key',
      { DateLessThan: { 'aws:TokenIssueTime': '2030-01-01T00:00:00Z' } },
      undefined,
      'implicitDeny',
      'An IAM user with long-term credentials has no aws:TokenIssueTime: positive date operator false.',
    ],
    [
      'date-greater-than-if-exists-missing',
      { DateGreaterThanIfExists: { 'aws:TokenIssueTime': '2030-01-01T00:00:00Z' } },
      undefined,
      'allowed',
      'IfExists and a missing key: true.',
    ],
  ],
  DOC.operators + '#Conditions_Date',
);

// ---- Bool (aws:SecureTransport) -----------------------------------------------------------------------------------
const ST = 'aws:SecureTransport';
add(
  [
    [
      'bool-true-true',
      { Bool: { [ST]: 'true' } },
      { [ST]: true },
      'allowed',
      'Bool "true" against a true context value.',
    ],
    ['bool-true-false', { Bool: { [ST]: 'true' } }, { [ST]: false }, 'implicitDeny', 'Bool "true" against false.'],
    [
      'bool-true-string-context',
      { Bool: { [ST]: 'true' } },
      { [ST]: 'true' },
      'allowed',
      'A context value "true" as a string is the boolean true.',
    ],
    [
      'bool-json-boolean-policy',
      { Bool: { [ST]: true } },
      { [ST]: true },
      'allowed',
      'The policy may give the boolean as JSON true.',
    ],
    ['bool-false-false', { Bool: { [ST]: 'false' } }, { [ST]: false }, 'allowed', 'Bool "false" against false.'],
    ['bool-missing-key', { Bool: { [ST]: 'true' } }, undefined, 'implicitDeny', 'Bool on a missing key is false.'],
    [
      'bool-if-exists-missing',
      { BoolIfExists: { [ST]: 'true' } },
      undefined,
      'allowed',
      'BoolIfExists on a missing key is true.',
    ],
    [
      'bool-if-exists-present-false',
      { BoolIfExists: { [ST]: 'true' } },
      { [ST]: false },
      'implicitDeny',
      'BoolIfExists compares a present key as usual.',
    ],
  ],
  DOC.operators + '#Conditions_Boolean',
);

// ---- Binary ---------------------------------------------------------------------------------------------------------
add(
  [
    [
      'binary-equals-match',
      { BinaryEquals: { 'aws:Referer': 'QmluYXJ5VmFsdWU=' } },
      { 'aws:Referer': 'QmluYXJ5VmFsdWU=' },
      'allowed',
      'BinaryEquals compares the base-64 encoded bytes.',
    ],
    [
      'binary-equals-mismatch',
      { BinaryEquals: { 'aws:Referer': 'QmluYXJ5VmFsdWU=' } },
      { 'aws:Referer': 'T3RoZXJWYWx1ZQ==' },
      'implicitDeny',
      'Different bytes.',
    ],
    [
      'binary-equals-missing-key',
      { BinaryEquals: { 'aws:Referer': 'QmluYXJ5VmFsdWU=' } },
      undefined,
      'implicitDeny',
      'Missing key: false.',
    ],
  ],
  DOC.operators + '#Conditions_BinaryEquals',
);

// ---- IP address -----------------------------------------------------------------------------------------------------
const IP = 'aws:SourceIp';
add(
  [
    [
      'ip-in-cidr',
      { IpAddress: { [IP]: '203.0.113.0/24' } },
      { [IP]: '203.0.113.7' },
      'allowed',
      'The address is inside the /24.',
    ],
    [
      'ip-outside-cidr',
      { IpAddress: { [IP]: '203.0.113.0/24' } },
      { [IP]: '198.51.100.7' },
      'implicitDeny',
      'The address is outside the /24.',
    ],
    [
      'ip-single-address-no-mask',
      { IpAddress: { [IP]: '203.0.113.7' } },
      { [IP]: '203.0.113.7' },
      'allowed',
      'An address without a mask means that one address (/32).',
    ],
    [
      'ip-single-address-other',
      { IpAddress: { [IP]: '203.0.113.7' } },
      { [IP]: '203.0.113.8' },
      'implicitDeny',
      'The neighbouring address is not inside /32.',
    ],
    [
      'ip-slash-zero',
      { IpAddress: { [IP]: '0.0.0.0/0' } },
      { [IP]: '198.51.100.7' },
      'allowed',
      '/0 covers every IPv4 address.',
    ],
    [
      'ip-list-or',
      { IpAddress: { [IP]: ['192.0.2.0/24', '203.0.113.0/24'] } },
      { [IP]: '203.0.113.200' },
      'allowed',
      'Several ranges are ORed.',
    ],
    [
      'ip-not-ip-address-outside',
      { NotIpAddress: { [IP]: '203.0.113.0/24' } },
      { [IP]: '198.51.100.7' },
      'allowed',
      'NotIpAddress true for an address outside the range.',
    ],
    [
      'ip-not-ip-address-inside',
      { NotIpAddress: { [IP]: '203.0.113.0/24' } },
      { [IP]: '203.0.113.7' },
      'implicitDeny',
      'NotIpAddress false for an address inside the range.',
    ],
    [
      'ip-missing-key',
      { IpAddress: { [IP]: '0.0.0.0/0' } },
      undefined,
      'implicitDeny',
      'IpAddress on a missing key is false, even for /0.',
    ],
    [
      'ip-not-missing-key',
      { NotIpAddress: { [IP]: '203.0.113.0/24' } },
      undefined,
      'allowed',
      'NotIpAddress on a missing key is true.',
    ],
    [
      'ip-if-exists-missing',
      { IpAddressIfExists: { [IP]: '203.0.113.0/24' } },
      undefined,
      'allowed',
      'IpAddressIfExists on a missing key is true.',
    ],
    [
      'ipv6-in-cidr',
      { IpAddress: { [IP]: '2001:DB8:1234:5678::/64' } },
      { [IP]: '2001:db8:1234:5678::1' },
      'allowed',
      'IPv6 CIDR; hexadecimal digits compare without regard to case.',
    ],
    [
      'ipv6-outside-cidr',
      { IpAddress: { [IP]: '2001:db8:1234:5678::/64' } },
      { [IP]: '2001:db8:1234:5679::1' },
      'implicitDeny',
      'Outside the IPv6 /64.',
    ],
    [
      'ipv6-vs-ipv4-range',
      { IpAddress: { [IP]: '203.0.113.0/24' } },
      { [IP]: '2001:db8::1' },
      'implicitDeny',
      'An IPv6 address is never inside an IPv4 range.',
    ],
  ],
  DOC.operators + '#Conditions_IPAddress',
);

// ---- ARN (aws:SourceArn) ----------------------------------------------------------------------------------------------
const SA = 'aws:SourceArn';
const TOPIC = `arn:aws:sns:us-east-1:${A}:orders-topic`;
add(
  [
    ['arn-equals-match', { ArnEquals: { [SA]: TOPIC } }, { [SA]: TOPIC }, 'allowed', 'ArnEquals with the same ARN.'],
    [
      'arn-equals-case-sensitive',
      { ArnEquals: { [SA]: TOPIC.replace('orders', 'ORDERS') } },
      { [SA]: TOPIC },
      'implicitDeny',
      'ARN comparison is case-sensitive.',
    ],
    [
      'arn-like-region-wildcard',
      { ArnLike: { [SA]: `arn:aws:sns:*:${A}:orders-topic` } },
      { [SA]: TOPIC },
      'allowed',
      'ArnLike with a * in the region field.',
    ],
    [
      'arn-like-resource-wildcard',
      { ArnLike: { [SA]: `arn:aws:sns:us-east-1:${A}:orders-*` } },
      { [SA]: TOPIC },
      'allowed',
      'ArnLike with a * in the resource field.',
    ],
    [
      'arn-like-all-fields',
      { ArnLike: { [SA]: 'arn:aws:sns:*:*:*' } },
      { [SA]: TOPIC },
      'allowed',
      'Every field a wildcard.',
    ],
    [
      'arn-like-other-service',
      { ArnLike: { [SA]: 'arn:aws:sqs:*:*:*' } },
      { [SA]: TOPIC },
      'implicitDeny',
      'The service field differs.',
    ],
    [
      'arn-like-question',
      { ArnLike: { [SA]: `arn:aws:sns:us-east-?:${A}:orders-topic` } },
      { [SA]: TOPIC },
      'allowed',
      'ArnLike supports ?.',
    ],
    [
      'arn-equals-wildcard',
      { ArnEquals: { [SA]: `arn:aws:sns:us-east-1:${A}:*` } },
      { [SA]: TOPIC },
      'allowed',
      'ArnEquals also accepts wildcards in each field (it behaves like ArnLike).',
    ],
    [
      'arn-not-equals-other',
      { ArnNotEquals: { [SA]: `arn:aws:sns:us-east-1:${A}:billing-topic` } },
      { [SA]: TOPIC },
      'allowed',
      'ArnNotEquals with a different ARN: true.',
    ],
    [
      'arn-not-like-match',
      { ArnNotLike: { [SA]: `arn:aws:sns:*:${A}:*` } },
      { [SA]: TOPIC },
      'implicitDeny',
      'ArnNotLike false when the pattern matches.',
    ],
    ['arn-like-missing-key', { ArnLike: { [SA]: '*' } }, undefined, 'implicitDeny', 'ArnLike on a missing key: false.'],
    [
      'arn-not-like-missing-key',
      { ArnNotLike: { [SA]: `arn:aws:sns:*:${A}:*` } },
      undefined,
      'allowed',
      'ArnNotLike on a missing key: true.',
    ],
    [
      'arn-like-if-exists-missing',
      { ArnLikeIfExists: { [SA]: `arn:aws:sns:*:${A}:*` } },
      undefined,
      'allowed',
      'ArnLikeIfExists on a missing key: true.',
    ],
  ],
  DOC.operators + '#Conditions_ARN',
);

// ---- Null -----------------------------------------------------------------------------------------------------------
add(
  [
    [
      'null-true-key-absent',
      { Null: { [IP]: 'true' } },
      undefined,
      'allowed',
      'Null "true" holds when the key is absent.',
    ],
    [
      'null-true-key-present',
      { Null: { [IP]: 'true' } },
      { [IP]: '203.0.113.7' },
      'implicitDeny',
      'Null "true" fails when the key is present.',
    ],
    [
      'null-false-key-present',
      { Null: { [IP]: 'false' } },
      { [IP]: '203.0.113.7' },
      'allowed',
      'Null "false" holds when the key is present.',
    ],
    [
      'null-false-key-absent',
      { Null: { [IP]: 'false' } },
      undefined,
      'implicitDeny',
      'Null "false" fails when the key is absent.',
    ],
  ],
  DOC.operators + '#Conditions_Null',
);

// ---- IfExists on strings ---------------------------------------------------------------------------------------------
add(
  [
    [
      'string-equals-if-exists-missing',
      { StringEqualsIfExists: { [REGION]: 'us-east-1' } },
      undefined,
      'allowed',
      'IfExists: missing key is true.',
    ],
    [
      'string-equals-if-exists-match',
      { StringEqualsIfExists: { [REGION]: 'us-east-1' } },
      { [REGION]: 'us-east-1' },
      'allowed',
      'IfExists: present and equal.',
    ],
    [
      'string-equals-if-exists-mismatch',
      { StringEqualsIfExists: { [REGION]: 'us-east-1' } },
      { [REGION]: 'eu-west-1' },
      'implicitDeny',
      'IfExists: present and different.',
    ],
    [
      'string-like-if-exists-missing',
      { StringLikeIfExists: { [REGION]: 'eu-*' } },
      undefined,
      'allowed',
      'StringLikeIfExists on a missing key: true.',
    ],
  ],
  DOC.operators + '#Conditions_IfExists',
);

// ---- Multivalued keys (aws:TagKeys on iam:TagUser) --------------------------------------------------------------------
const TK = 'aws:TagKeys';
add(
  [
    [
      'for-all-values-subset',
      { 'ForAllValues:StringEquals': { [TK]: ['team', 'project'] } },
      { [TK]: ['team'] },
      'allowed',
      'Every requested tag key is in the allowed set.',
    ],
    [
      'for-all-values-extra-key',
      { 'ForAllValues:StringEquals': { [TK]: ['team', 'project'] } },
      { [TK]: ['team', 'cost'] },
      'implicitDeny',
      '"cost" is not in the allowed set.',
    ],
    [
      'for-all-values-empty-set',
      { 'ForAllValues:StringEquals': { [TK]: ['team'] } },
      { [TK]: [] },
      'allowed',
      'ForAllValues is true for an empty set.',
    ],
    [
      'for-all-values-missing-key',
      { 'ForAllValues:StringEquals': { [TK]: ['team'] } },
      undefined,
      'allowed',
      'ForAllValues is true when the key is absent.',
    ],
    [
      'for-all-values-string-like',
      { 'ForAllValues:StringLike': { [TK]: ['team*'] } },
      { [TK]: ['team', 'team-lead'] },
      'allowed',
      'ForAllValues with a StringLike pattern.',
    ],
    [
      'for-all-values-case-sensitive',
      { 'ForAllValues:StringEquals': { [TK]: ['team'] } },
      { [TK]: ['Team'] },
      'implicitDeny',
      'StringEquals inside ForAllValues stays case-sensitive.',
    ],
    [
      'for-any-value-one-matches',
      { 'ForAnyValue:StringEquals': { [TK]: ['team'] } },
      { [TK]: ['team', 'cost'] },
      'allowed',
      'At least one requested tag key is listed.',
    ],
    [
      'for-any-value-none-matches',
      { 'ForAnyValue:StringEquals': { [TK]: ['team'] } },
      { [TK]: ['cost'] },
      'implicitDeny',
      'No requested tag key is listed.',
    ],
    [
      'for-any-value-missing-key',
      { 'ForAnyValue:StringEquals': { [TK]: ['team'] } },
      undefined,
      'implicitDeny',
      'ForAnyValue is false when the key is absent.',
    ],
    [
      'for-any-value-empty-set',
      { 'ForAnyValue:StringEquals': { [TK]: ['team'] } },
      { [TK]: [] },
      'implicitDeny',
      'ForAnyValue is false for an empty set.',
    ],
    [
      'for-any-value-string-not-equals',
      { 'ForAnyValue:StringNotEquals': { [TK]: ['team'] } },
      { [TK]: ['team', 'cost'] },
      'allowed',
      'ForAnyValue:StringNotEquals is true if some value differs from all listed ones ("cost").',
    ],
    [
      'for-all-values-string-not-equals',
      { 'ForAllValues:StringNotEquals': { [TK]: ['secret'] } },
      { [TK]: ['team', 'secret'] },
      'implicitDeny',
      'ForAllValues:StringNotEquals fails because "secret" is among the values.',
    ],
    [
      'for-all-values-string-not-equals-ok',
      { 'ForAllValues:StringNotEquals': { [TK]: ['secret'] } },
      { [TK]: ['team', 'cost'] },
      'allowed',
      'No value equals "secret".',
    ],
    [
      'for-any-value-ignore-case',
      { 'ForAnyValue:StringEqualsIgnoreCase': { [TK]: ['TEAM'] } },
      { [TK]: ['team'] },
      'allowed',
      'Set operators combine with the IgnoreCase variant.',
    ],
    [
      'for-all-plus-null-guard',
      { 'ForAllValues:StringEquals': { [TK]: ['team'] }, Null: { [TK]: 'false' } },
      undefined,
      'implicitDeny',
      'The usual guard: Null false requires the key so ForAllValues cannot pass vacuously.',
    ],
  ],
  DOC.multiValued,
  { action: 'iam:TagUser', resource: `arn:aws:iam::${A}:user/bob` },
);

// Deny with a multivalued key
cases.push(
  kase(
    'deny-for-any-value-forbidden-tag',
    'A Deny that fires when any requested tag key is "secret".',
    idReq([allow('iam:TagUser', '*'), deny('iam:TagUser', '*', { 'ForAnyValue:StringEquals': { [TK]: ['secret'] } })], {
      action: 'iam:TagUser',
      resource: res(`arn:aws:iam::${A}:user/bob`),
      context: { [TK]: ['team', 'secret'] },
    }),
    'explicitDeny',
    DOC.multiValued,
  ),
  kase(
    'deny-for-any-value-missing-key',
    'ForAnyValue on a missing key is false, so the Deny does not fire.',
    idReq([allow('iam:TagUser', '*'), deny('iam:TagUser', '*', { 'ForAnyValue:StringEquals': { [TK]: ['secret'] } })], {
      action: 'iam:TagUser',
      resource: res(`arn:aws:iam::${A}:user/bob`),
    }),
    'allowed',
    DOC.multiValued,
  ),
);

// ---- AND / OR across operators and keys ----------------------------------------------------------------------------------
add(
  [
    [
      'and-two-operators-both-true',
      { StringEquals: { [REGION]: 'us-east-1' }, Bool: { [ST]: 'true' } },
      { [REGION]: 'us-east-1', [ST]: true },
      'allowed',
      'Operators in one block AND together: both true.',
    ],
    [
      'and-two-operators-one-false',
      { StringEquals: { [REGION]: 'us-east-1' }, Bool: { [ST]: 'true' } },
      { [REGION]: 'us-east-1', [ST]: false },
      'implicitDeny',
      'One operator false makes the block false.',
    ],
    [
      'and-two-keys-one-operator',
      { StringEquals: { [REGION]: 'us-east-1', 'aws:UserAgent': 'console' } },
      { [REGION]: 'us-east-1', 'aws:UserAgent': 'console' },
      'allowed',
      'Two keys under one operator AND together: both true.',
    ],
    [
      'and-two-keys-one-missing',
      { StringEquals: { [REGION]: 'us-east-1', 'aws:UserAgent': 'console' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'The second key is missing, so its test is false.',
    ],
    [
      'or-values-and-keys-combined',
      { StringEquals: { [REGION]: ['eu-west-1', 'us-east-1'], 'aws:UserAgent': ['cli', 'console'] } },
      { [REGION]: 'us-east-1', 'aws:UserAgent': 'cli' },
      'allowed',
      'OR within each key, AND between keys.',
    ],
    [
      'or-values-and-keys-second-fails',
      { StringEquals: { [REGION]: ['eu-west-1', 'us-east-1'], 'aws:UserAgent': ['cli', 'console'] } },
      { [REGION]: 'us-east-1', 'aws:UserAgent': 'sdk' },
      'implicitDeny',
      'The second key has none of its values.',
    ],
    [
      'three-operators-all-true',
      {
        StringLike: { [REGION]: 'us-*' },
        IpAddress: { [IP]: '203.0.113.0/24' },
        DateGreaterThan: { 'aws:CurrentTime': '2025-01-01T00:00:00Z' },
      },
      { [REGION]: 'us-west-2', [IP]: '203.0.113.9' },
      'allowed',
      'Three operators of different families, all true.',
    ],
    ['empty-condition-block', {}, undefined, 'allowed', 'An empty Condition block places no restriction.'],
  ],
  DOC.multiKeys,
);

// ---- Case-insensitive key names ------------------------------------------------------------------------------------------
add(
  [
    [
      'key-name-case-policy-upper',
      { IpAddress: { 'AWS:SOURCEIP': '203.0.113.0/24' } },
      { [IP]: '203.0.113.7' },
      'allowed',
      'Condition key names are case-insensitive (policy side).',
    ],
    [
      'key-name-case-context-upper',
      { StringEquals: { [REGION]: 'us-east-1' } },
      { 'AWS:REQUESTEDREGION': 'us-east-1' },
      'allowed',
      'Condition key names are case-insensitive (request side).',
    ],
    [
      'key-name-case-value-still-sensitive',
      { StringEquals: { 'Aws:RequestedRegion': 'US-EAST-1' } },
      { [REGION]: 'us-east-1' },
      'implicitDeny',
      'The key name is case-insensitive but StringEquals values are not.',
    ],
    [
      'key-name-case-null',
      { Null: { 'aws:sourceip': 'false' } },
      { [IP]: '203.0.113.7' },
      'allowed',
      'Null finds the key whatever the case of its name.',
    ],
  ],
  DOC.condition,
);

// Resource tag key name case (aws:ResourceTag/<key> comes from resource.tags)
cases.push(
  kase(
    'resource-tag-key-case-insensitive',
    'aws:ResourceTag/Team in the policy finds the tag "team" on the resource: key names are case-insensitive.',
    idReq(allow('dynamodb:GetItem', '*', { StringEquals: { 'aws:ResourceTag/Team': 'blue' } }), {
      action: 'dynamodb:GetItem',
      resource: res(TABLE, A, { tags: { team: 'blue' } }),
    }),
    'allowed',
    DOC.condition,
  ),
  kase(
    'resource-tag-value-case-sensitive',
    'Tag values compared with StringEquals keep their case.',
    idReq(allow('dynamodb:GetItem', '*', { StringEquals: { 'aws:ResourceTag/team': 'Blue' } }), {
      action: 'dynamodb:GetItem',
      resource: res(TABLE, A, { tags: { team: 'blue' } }),
    }),
    'implicitDeny',
    DOC.operators + '#Conditions_String',
  ),
  kase(
    'resource-tag-missing',
    'The resource has no such tag: positive operator false.',
    idReq(allow('dynamodb:GetItem', '*', { StringEquals: { 'aws:ResourceTag/team': 'blue' } }), {
      action: 'dynamodb:GetItem',
      resource: res(TABLE),
    }),
    'implicitDeny',
    DOC.operators,
  ),
);

// ---- Deny + missing key traps ----------------------------------------------------------------------------------------------
cases.push(
  kase(
    'deny-bool-false-missing-key-does-not-fire',
    'Deny if SecureTransport is false does not fire when the key is absent (Bool on a missing key is false).',
    idReq([allow('s3:GetObject'), deny('s3:*', '*', { Bool: { [ST]: 'false' } })]),
    'allowed',
    DOC.operators + '#Conditions_Boolean',
  ),
  kase(
    'deny-bool-if-exists-false-missing-key-fires',
    'With BoolIfExists the same Deny fires when the key is absent: IfExists on a missing key is true.',
    idReq([allow('s3:GetObject'), deny('s3:*', '*', { BoolIfExists: { [ST]: 'false' } })]),
    'explicitDeny',
    DOC.operators + '#Conditions_IfExists',
  ),
  kase(
    'deny-string-not-equals-missing-key-fires',
    'Deny with StringNotEquals on a missing key is true, so the Deny fires.',
    idReq([allow('s3:GetObject'), deny('s3:*', '*', { StringNotEquals: { [REGION]: 'us-east-1' } })]),
    'explicitDeny',
    DOC.operators,
  ),
  kase(
    'deny-not-ip-address-outside-range',
    'The classic IP allow-list: deny from outside the corporate range.',
    idReq([allow('s3:GetObject'), deny('*', '*', { NotIpAddress: { [IP]: '203.0.113.0/24' } })], {
      context: { [IP]: '198.51.100.1' },
    }),
    'explicitDeny',
    DOC.operators + '#Conditions_IPAddress',
  ),
  kase(
    'deny-not-ip-address-inside-range',
    'From inside the range the Deny does not fire.',
    idReq([allow('s3:GetObject'), deny('*', '*', { NotIpAddress: { [IP]: '203.0.113.0/24' } })], {
      context: { [IP]: '203.0.113.50' },
    }),
    'allowed',
    DOC.operators + '#Conditions_IPAddress',
  ),
);

export const topic: CaseTopic = { topic: 'conditions', doc: DOC.operators, cases };
