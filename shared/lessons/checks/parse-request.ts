import type { Decision } from '../../iam/request';
import type { DecidedByMatcher, LessonRequest } from '../lesson-types';
import { type DiagnosticSink, at, isObject, noUnknownKeys, optString, reqString } from './parse-util';

/** The three decisions, as a lesson may state them. */
export const DECISIONS: readonly Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];

/** Reads a decision word; anything else is `lesson.bad-decision`. */
export function readDecision(v: unknown, path: string, sink: DiagnosticSink): Decision {
  if (typeof v !== 'string' || !(DECISIONS as readonly string[]).includes(v)) {
    sink.add(v === undefined ? 'lesson.missing' : 'lesson.bad-decision', path);
    return 'implicitDeny';
  }
  return v as Decision;
}

/** Reads a lesson request `{principal, action, resource, context?, now?, mfa?}`. */
export function readRequest(v: unknown, path: string, sink: DiagnosticSink): LessonRequest {
  if (!isObject(v)) {
    sink.add(v === undefined ? 'lesson.missing' : 'lesson.not-object', path);
    return { principal: '', action: '', resource: '' };
  }
  noUnknownKeys(v, ['principal', 'action', 'resource', 'context', 'now', 'mfa'], path, sink);
  const req: LessonRequest = {
    principal: reqString(v, 'principal', path, sink),
    action: reqString(v, 'action', path, sink),
    resource: reqString(v, 'resource', path, sink),
  };
  if (req.action !== '' && !/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/.test(req.action))
    sink.add('lesson.bad-action', at(path, 'action'));
  if (v.context !== undefined) {
    if (!isObject(v.context)) sink.add('lesson.not-object', at(path, 'context'));
    else {
      for (const [k, val] of Object.entries(v.context)) {
        const ok =
          ['string', 'number', 'boolean'].includes(typeof val) ||
          (Array.isArray(val) && val.every((x) => ['string', 'number', 'boolean'].includes(typeof x)));
        if (!ok) sink.add('lesson.bad-context-value', at(at(path, 'context'), k));
      }
      req.context = v.context as LessonRequest['context'];
    }
  }
  const now = optString(v, 'now', path, sink);
  if (now !== undefined) {
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(now))
      sink.add('lesson.bad-time', at(path, 'now'));
    req.now = now;
  }
  if (v.mfa !== undefined) {
    const m = v.mfa;
    if (
      !isObject(m) ||
      typeof m.present !== 'boolean' ||
      (m.ageSeconds !== undefined && typeof m.ageSeconds !== 'number')
    ) {
      sink.add('lesson.bad-mfa', at(path, 'mfa'));
    } else
      req.mfa =
        m.ageSeconds === undefined
          ? { present: m.present }
          : { present: m.present, ageSeconds: m.ageSeconds as number };
  }
  return req;
}

/** Reads an optional `{policyId?, sid?}` matcher. */
export function readDecidedBy(v: unknown, path: string, sink: DiagnosticSink): DecidedByMatcher | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) {
    sink.add('lesson.not-object', path);
    return undefined;
  }
  noUnknownKeys(v, ['policyId', 'sid'], path, sink);
  const out: DecidedByMatcher = {};
  const policyId = optString(v, 'policyId', path, sink);
  const sid = optString(v, 'sid', path, sink);
  if (policyId !== undefined) out.policyId = policyId;
  if (sid !== undefined) out.sid = sid;
  if (policyId === undefined && sid === undefined) sink.add('lesson.empty', path);
  return out;
}
