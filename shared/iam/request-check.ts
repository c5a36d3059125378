/**
 * A hand-written shape check for the evaluation request file (`shared/iam/request.ts`, `docs/request.schema.json`).
 * It returns diagnostics naming the JSON path and what was expected, so `iam-lab evaluate` can say
 * `request.json:12:5 policies.identity[0]: expected an object with id and document` instead of failing later.
 * Errors make the request unusable; warnings (unknown fields, principal-derived context keys) do not.
 */
import type { JsonValue } from './request';

/** Codes of request diagnostics. */
export const REQUEST_DIAGNOSTIC_CODES = [
  'request.invalid',
  'request.missing-field',
  'request.unknown-field',
  'request.derived-context-key',
] as const;

/** One request diagnostic code. */
export type RequestDiagnosticCode = (typeof REQUEST_DIAGNOSTIC_CODES)[number];

/** One problem in a request file. `expected` describes the accepted shape (`an object with id and document`). */
export interface RequestDiagnostic {
  code: RequestDiagnosticCode;
  severity: 'error' | 'warning';
  /** JSON path, e.g. `policies.identity[0].document`; `''` for the whole file. */
  path: string;
  expected?: string;
  /** The field that is missing or unknown. */
  field?: string;
}

type Obj = { [key: string]: JsonValue };
type Check = (v: JsonValue, path: string, out: RequestDiagnostic[]) => void;

const isObj = (v: JsonValue | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const at = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

function invalid(out: RequestDiagnostic[], path: string, expected: string) {
  out.push({ code: 'request.invalid', severity: 'error', path, expected });
}

const str: Check = (v, p, out) => {
  if (typeof v !== 'string') invalid(out, p, 'a string');
};
const bool: Check = (v, p, out) => {
  if (typeof v !== 'boolean') invalid(out, p, 'true or false');
};
const num: Check = (v, p, out) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) invalid(out, p, 'a number');
};
const accountId: Check = (v, p, out) => {
  if (typeof v !== 'string' || !/^\d{12}$/.test(v)) invalid(out, p, 'a 12-digit account id in a string');
};
const isoTime: Check = (v, p, out) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    invalid(out, p, 'an ISO-8601 time such as 2025-06-01T12:00:00Z');
  }
};
const oneOf =
  (values: readonly string[]): Check =>
  (v, p, out) => {
    if (typeof v !== 'string' || !values.includes(v))
      invalid(out, p, `one of ${values.map((x) => `"${x}"`).join(', ')}`);
  };
const tags: Check = (v, p, out) => {
  if (!isObj(v)) return invalid(out, p, 'an object of tag names to string values');
  for (const [k, x] of Object.entries(v)) if (typeof x !== 'string') invalid(out, at(p, k), 'a string tag value');
};
const arrayOf =
  (item: Check, what: string): Check =>
  (v, p, out) => {
    if (!Array.isArray(v)) return invalid(out, p, `an array of ${what}`);
    v.forEach((x, i) => item(x, `${p}[${i}]`, out));
  };

interface Field {
  check: Check;
  required?: boolean;
}

/** Check an object's fields: required ones present, known ones well-typed, unknown ones reported as warnings. */
function objectOf(fields: Record<string, Field>, what: string): Check {
  return (v, p, out) => {
    if (!isObj(v)) return invalid(out, p, what);
    for (const [name, f] of Object.entries(fields)) {
      if (has(v, name)) f.check(v[name], at(p, name), out);
      else if (f.required)
        out.push({ code: 'request.missing-field', severity: 'error', path: p, field: name, expected: what });
    }
    for (const k of Object.keys(v)) {
      if (!has(fields, k)) out.push({ code: 'request.unknown-field', severity: 'warning', path: at(p, k), field: k });
    }
  };
}

const org = objectOf(
  { orgId: { check: str, required: true }, path: { check: str }, isManagementAccount: { check: bool } },
  'an object with orgId',
);
const mfa = objectOf(
  { present: { check: bool, required: true }, ageSeconds: { check: num } },
  'an object with present',
);
const base = { account: { check: accountId, required: true }, org: { check: org }, mfa: { check: mfa } };

const PRINCIPALS: Record<string, Check> = {
  root: objectOf(
    { kind: { check: str }, ...base, issuedAt: { check: isoTime }, expiresAt: { check: isoTime } },
    'a root principal with account',
  ),
  user: objectOf(
    {
      kind: { check: str },
      ...base,
      arn: { check: str, required: true },
      userId: { check: str },
      tags: { check: tags },
      issuedAt: { check: isoTime },
      expiresAt: { check: isoTime },
    },
    'a user principal with account and arn',
  ),
  'role-session': objectOf(
    {
      kind: { check: str },
      ...base,
      roleArn: { check: str, required: true },
      sessionName: { check: str, required: true },
      roleId: { check: str },
      roleTags: { check: tags },
      sessionTags: { check: tags },
      sourceIdentity: { check: str },
      via: { check: oneOf(['assume-role', 'web-identity', 'saml', 'ec2-instance-profile', 'role-chaining']) },
      federatedProvider: { check: str },
      issuedAt: { check: isoTime },
      expiresAt: { check: isoTime },
      serviceLinked: { check: bool },
      sessionPolicies: { check: (v, p, out) => arrayOf(policyInput, 'policies')(v, p, out) },
      transitiveTagKeys: { check: arrayOf(str, 'tag keys') },
      chainedFrom: { check: str },
    },
    'a role-session principal with account, roleArn and sessionName',
  ),
  'federated-user': objectOf(
    {
      kind: { check: str },
      ...base,
      name: { check: str, required: true },
      callerUserArn: { check: str, required: true },
      issuedAt: { check: isoTime },
      expiresAt: { check: isoTime },
      sessionPolicies: { check: (v, p, out) => arrayOf(policyInput, 'policies')(v, p, out) },
    },
    'a federated-user principal with account, name and callerUserArn',
  ),
  service: objectOf(
    { kind: { check: str }, ...base, service: { check: str, required: true } },
    'a service principal with account and service',
  ),
  anonymous: objectOf({ kind: { check: str } }, 'an anonymous principal with only kind'),
};

const principal: Check = (v, p, out) => {
  if (!isObj(v)) return invalid(out, p, 'an object with kind');
  if (!has(v, 'kind'))
    return (
      out.push({
        code: 'request.missing-field',
        severity: 'error',
        path: p,
        field: 'kind',
        expected: 'an object with kind',
      }),
      undefined
    );
  const kind = v.kind;
  if (typeof kind !== 'string' || !has(PRINCIPALS, kind))
    return invalid(
      out,
      at(p, 'kind'),
      `one of ${Object.keys(PRINCIPALS)
        .map((k) => `"${k}"`)
        .join(', ')}`,
    );
  PRINCIPALS[kind](v, p, out);
};

const resource = objectOf(
  {
    arn: { check: str, required: true },
    account: { check: accountId },
    tags: { check: tags },
    objectTags: { check: tags },
    org: { check: org },
    awsManagedKey: { check: bool },
  },
  'an object with arn',
);

const POLICY_INPUT = 'an object with id and document';
const document: Check = (v, p, out) => {
  if (typeof v !== 'string' && !isObj(v)) invalid(out, p, 'the policy as a JSON object or as JSON text');
};
const policyInput: Check = (v, p, out) => {
  if (!isObj(v) || !has(v, 'id') || !has(v, 'document')) return invalid(out, p, POLICY_INPUT);
  objectOf(
    {
      id: { check: str, required: true },
      name: { check: str },
      document: { check: document, required: true },
      origin: { check: oneOf(['inline', 'managed', 'aws-managed', 'group-inline', 'group-managed']) },
      via: { check: str },
    },
    POLICY_INPUT,
  )(v, p, out);
};
const orgLevel = objectOf(
  {
    level: { check: oneOf(['root', 'ou', 'account']), required: true },
    id: { check: str, required: true },
    policies: { check: arrayOf(policyInput, 'policies'), required: true },
  },
  'an object with level, id and policies',
);

const policies = objectOf(
  {
    identity: { check: arrayOf(policyInput, 'policies') },
    resource: { check: policyInput },
    boundary: { check: policyInput },
    scps: { check: arrayOf(orgLevel, 'org levels') },
    rcps: { check: arrayOf(orgLevel, 'org levels') },
    session: { check: arrayOf(policyInput, 'policies') },
    trust: { check: policyInput },
  },
  'an object of policies by kind',
);

/** Keys the engine derives from the principal; a value given in `context` is ignored. */
const DERIVED_KEYS = new Set(
  [
    'aws:username',
    'aws:userid',
    'aws:PrincipalArn',
    'aws:PrincipalAccount',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalType',
    'aws:MultiFactorAuthPresent',
    'aws:MultiFactorAuthAge',
    'aws:TokenIssueTime',
    'aws:SourceIdentity',
    'aws:FederatedProvider',
    'aws:CurrentTime',
    'aws:EpochTime',
  ].map((k) => k.toLowerCase()),
);

const contextValue: Check = (v, p, out) => {
  const scalar = (x: JsonValue) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
  if (scalar(v)) return;
  if (Array.isArray(v) && v.every(scalar)) return;
  invalid(out, p, 'a string, number, boolean or an array of them');
};
const context: Check = (v, p, out) => {
  if (!isObj(v)) return invalid(out, p, 'an object of condition keys to values');
  for (const [k, x] of Object.entries(v)) {
    contextValue(x, at(p, k), out);
    const lower = k.toLowerCase();
    if (DERIVED_KEYS.has(lower) || lower.startsWith('aws:principaltag/')) {
      out.push({ code: 'request.derived-context-key', severity: 'warning', path: at(p, k), field: k });
    }
  }
};

const request = objectOf(
  {
    principal: { check: principal, required: true },
    action: { check: str, required: true },
    resource: { check: resource, required: true },
    context: { check: context },
    now: { check: isoTime },
    policies: { check: policies, required: true },
  },
  'an object with principal, action, resource and policies',
);

/** Check a parsed request file; an empty list (or warnings only) means `value` is a usable `EvaluationRequest`. */
export function checkRequest(value: JsonValue): RequestDiagnostic[] {
  const out: RequestDiagnostic[] = [];
  request(value, '', out);
  // An IAM user or root without `issuedAt` may state aws:TokenIssueTime itself (GetSessionToken credentials): honoured.
  const p = isObj(value) && isObj(value.principal) ? value.principal : undefined;
  if (p && (p.kind === 'user' || p.kind === 'root') && !has(p, 'issuedAt'))
    return out.filter(
      (d) => !(d.code === 'request.derived-context-key' && d.field?.toLowerCase() === 'aws:tokenissuetime'),
    );
  return out;
}
