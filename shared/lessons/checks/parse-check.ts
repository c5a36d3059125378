import { FACT_NAMES, type Check, type FactCheck } from '../lesson-types';
import { readDecidedBy, readDecision, readRequest } from './parse-request';
import { type DiagnosticSink, at, isObject, noUnknownKeys } from './parse-util';

/** The fields each fact takes: required, then optional. */
const FACT_FIELDS: Record<FactCheck['fact'], { req: string[]; opt: string[] }> = {
  'user-in-group': { req: ['user', 'group'], opt: [] },
  'policy-attached': { req: ['to', 'policyArn'], opt: [] },
  'inline-policy-exists': { req: ['on', 'policyName'], opt: [] },
  'no-user-has-policy': { req: ['policyArn'], opt: [] },
  'access-key-status': { req: ['user', 'status'], opt: ['olderThanDays', 'newerThanDays'] },
  'access-key-count': { req: ['user', 'count'], opt: [] },
  'mfa-enabled': { req: ['user'], opt: [] },
  'console-access': { req: ['user'], opt: [] },
  'role-trusts': { req: ['role', 'principal'], opt: [] },
  'instance-has-profile': { req: ['instance'], opt: ['role'] },
  'entity-exists': { req: ['arn'], opt: [] },
  'boundary-set': { req: ['on'], opt: ['policyArn'] },
  'instance-profile-role': { req: ['profile', 'role'], opt: [] },
  'provider-audience': { req: ['provider', 'clientId'], opt: [] },
};

const NUMERIC_FIELDS = ['olderThanDays', 'newerThanDays', 'count'];

/** Reads one check (request, fact, or `all`/`any`/`not` combinator), reporting problems by JSON path. */
export function readCheck(v: unknown, path: string, sink: DiagnosticSink): Check {
  if (!isObject(v)) {
    sink.add('lesson.not-object', path);
    return { all: [] };
  }
  if ('all' in v || 'any' in v) {
    const key = 'all' in v ? 'all' : 'any';
    noUnknownKeys(v, [key], path, sink);
    const list = v[key];
    if (!Array.isArray(list) || list.length === 0) {
      sink.add('lesson.empty', at(path, key));
      return { all: [] };
    }
    const checks = list.map((c, i) => readCheck(c, at(at(path, key), i), sink));
    return key === 'all' ? { all: checks } : { any: checks };
  }
  if ('not' in v) {
    noUnknownKeys(v, ['not'], path, sink);
    return { not: readCheck(v.not, at(path, 'not'), sink) };
  }
  if ('request' in v) {
    noUnknownKeys(v, ['request', 'expect', 'decidedBy'], path, sink);
    const request = readRequest(v.request, at(path, 'request'), sink);
    const expect = readDecision(v.expect, at(path, 'expect'), sink);
    const decidedBy = readDecidedBy(v.decidedBy, at(path, 'decidedBy'), sink);
    return decidedBy ? { request, expect, decidedBy } : { request, expect };
  }
  if ('fact' in v) {
    const fact = v.fact;
    if (typeof fact !== 'string' || !(FACT_NAMES as readonly string[]).includes(fact)) {
      sink.add('lesson.unknown-fact', at(path, 'fact'));
      return { all: [] };
    }
    const spec = FACT_FIELDS[fact as FactCheck['fact']];
    noUnknownKeys(v, ['fact', ...spec.req, ...spec.opt], path, sink);
    for (const f of spec.req) if (v[f] === undefined) sink.add('lesson.missing', at(path, f));
    for (const f of [...spec.req, ...spec.opt]) {
      if (v[f] === undefined) continue;
      const wantNumber = NUMERIC_FIELDS.includes(f);
      if (wantNumber ? typeof v[f] !== 'number' : typeof v[f] !== 'string')
        sink.add(wantNumber ? 'lesson.not-number' : 'lesson.not-string', at(path, f));
    }
    if (fact === 'access-key-status' && !['Active', 'Inactive', 'none'].includes(v.status as string))
      sink.add('lesson.bad-key-status', at(path, 'status'));
    return v as unknown as FactCheck;
  }
  sink.add('lesson.unknown-check', path);
  return { all: [] };
}
