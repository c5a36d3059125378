/**
 * Loads the engine cases from test/engine/cases/*.json (one file per topic) and applies the focus switch
 * `IAM_CASE=<substring>` (matches case names; `topic/` prefix matches a whole topic). Shared by the case runner,
 * the golden traces, the differential run and the bench.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationRequest } from '../../shared/iam/request';
import type { Decision } from '../../shared/iam/request';

/** What a case expects; `decidedBy` is a "contains" check, an empty array means "must be empty". */
export interface CaseExpect {
  decision: Decision;
  decidedBy?: Array<{ policyId: string; statementIndex: number }>;
  reason?: string;
  sides?: { principal: Decision; resource: Decision };
  /** Ids of policies the engine must report in `errors` (failed to parse, skipped). */
  errors?: string[];
}

/** One named case, as stored in JSON (and as the authoring kit in tools/case-kit.ts builds it). */
export interface EngineCase {
  name: string;
  doc?: string;
  note: string;
  request: EvaluationRequest;
  expect: CaseExpect;
}

/** One case with its topic and the doc URL that applies (the case's own or the topic's). */
export interface LoadedCase extends EngineCase {
  topic: string;
  docUrl: string;
}

/** Folder of the case files. */
export const CASES_DIR = join(import.meta.dirname, 'cases');

/** Every case of every topic, in file order (topics sorted by file name). */
export function loadAllCases(dir = CASES_DIR): LoadedCase[] {
  const out: LoadedCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const t = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { topic: string; doc: string; cases: EngineCase[] };
    for (const c of t.cases) out.push({ ...c, topic: t.topic, docUrl: c.doc ?? t.doc });
  }
  return out;
}

/** Applies `IAM_CASE`: a substring of the case name, or `<topic>/` for a whole topic. */
export function focus(cases: LoadedCase[], filter = process.env.IAM_CASE): LoadedCase[] {
  if (!filter) return cases;
  if (filter.endsWith('/')) return cases.filter((c) => c.topic === filter.slice(0, -1));
  return cases.filter((c) => c.name.includes(filter));
}

/** A deep copy of a request, so that no run can share objects with another (JSON-only data). */
export function freshRequest(r: EvaluationRequest): EvaluationRequest {
  return JSON.parse(JSON.stringify(r)) as EvaluationRequest;
}
