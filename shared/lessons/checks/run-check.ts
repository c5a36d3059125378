import type { EvaluationRequest } from '../../iam/request';
import type { EvaluationResult, StatementRef } from '../../iam/result';
import type { World } from '../../world/types';
import type { Check, DecidedByMatcher, LessonRequest } from '../lesson-types';
import { buildRequest, evaluateRequest } from '../world-bridge';
import { evaluateFact } from './facts';
import { diagnose, type FailureCause } from './diagnose';
import { at } from './parse-util';

/**
 * What one check found. A failing request check carries the engine request and result, so the lesson player can
 * open that very evaluation in the theatre ("show me why").
 */
export interface CheckDetail {
  pass: boolean;
  /** `check.ok`, `check.decision-differs`, `check.decided-by-differs`, `check.request-unresolved`, a `fact.*` code, ... */
  code: string;
  /** JSON path of the check inside the lesson (`steps[4].checks[1]`). */
  path: string;
  request?: EvaluationRequest;
  result?: EvaluationResult;
  /** For request checks: what the lesson expected. */
  expected?: string;
  /** Details of the sub-checks of `all` / `any` / `not`. */
  children?: CheckDetail[];
  /** For a failing leaf: the cause in the learner's terms, when one can be named (diagnose.ts). */
  cause?: FailureCause;
}

/** Adds the cause to a failing leaf detail. */
function withCause(world: World, check: Check, d: CheckDetail): CheckDetail {
  if (d.pass) return d;
  const cause = diagnose(world, check, d.result);
  return cause ? { ...d, cause } : d;
}

/** The outcome of a check. */
export interface CheckOutcome {
  pass: boolean;
  details: CheckDetail;
}

/** True when `ref` matches the lesson's `{policyId?, sid?}`. */
export function matchesDecidedBy(ref: StatementRef, m: DecidedByMatcher): boolean {
  return (m.policyId === undefined || ref.policyId === m.policyId) && (m.sid === undefined || ref.sid === m.sid);
}

/** Resolves and evaluates a lesson request in a world. */
export function evaluateLessonRequest(
  world: World,
  req: LessonRequest,
): { ok: true; request: EvaluationRequest; result: EvaluationResult } | { ok: false; code: string } {
  const b = buildRequest(world, req);
  if (!b.ok) return b;
  return { ok: true, request: b.built.request, result: evaluateRequest(b.built) };
}

/** Evaluates one check against a world. Pure; never throws on lesson data (problems become failing details). */
export function runCheck(world: World, check: Check, path = ''): CheckOutcome {
  const details = detail(world, check, path);
  return { pass: details.pass, details };
}

function detail(world: World, check: Check, path: string): CheckDetail {
  if ('all' in check) {
    const children = check.all.map((c, i) => detail(world, c, at(at(path, 'all'), i)));
    const pass = children.every((c) => c.pass);
    return { pass, code: pass ? 'check.ok' : 'check.all-not-met', path, children };
  }
  if ('any' in check) {
    const children = check.any.map((c, i) => detail(world, c, at(at(path, 'any'), i)));
    const pass = children.some((c) => c.pass);
    return { pass, code: pass ? 'check.ok' : 'check.none-met', path, children };
  }
  if ('not' in check) {
    const inner = detail(world, check.not, at(path, 'not'));
    return { pass: !inner.pass, code: inner.pass ? 'check.not-held' : 'check.ok', path, children: [inner] };
  }
  if ('request' in check) {
    const ev = evaluateLessonRequest(world, check.request);
    if (!ev.ok)
      return withCause(world, check, { pass: false, code: 'check.request-unresolved', path, expected: check.expect });
    const { request, result } = ev;
    if (result.decision !== check.expect)
      return withCause(world, check, {
        pass: false,
        code: 'check.decision-differs',
        path,
        request,
        result,
        expected: check.expect,
      });
    const m = check.decidedBy;
    if (m && !result.decidedBy.some((r) => matchesDecidedBy(r, m))) {
      return { pass: false, code: 'check.decided-by-differs', path, request, result, expected: check.expect };
    }
    return { pass: true, code: 'check.ok', path, request, result, expected: check.expect };
  }
  const f = evaluateFact(world, check);
  return withCause(world, check, { pass: f.pass, code: f.code, path });
}

/** Runs all checks of a task (all must pass). */
export function runChecks(world: World, checks: Check[], path: string): { pass: boolean; details: CheckDetail[] } {
  const details = checks.map((c, i) => detail(world, c, at(at(path, 'checks'), i)));
  return { pass: details.every((d) => d.pass), details };
}

/** The first failing leaf of a detail tree: what the player shows next to "Check". */
export function firstFailure(d: CheckDetail): CheckDetail | undefined {
  if (d.pass) return undefined;
  for (const c of d.children ?? []) {
    const f = firstFailure(c);
    if (f) return f;
  }
  return d;
}
