/**
 * Reads the Allow statements of a stored policy document for the analyzer: their principal entries and conditions,
 * without judging them (the engine does that). A document that does not parse yields no statements.
 */
import { statementsOf } from '../../graph/policy-read';
import type { PolicyDocument } from '../../world/types';

/** One principal entry as written: the block (`AWS`, `Federated`, `Service`, `*`) and its value. */
export interface WrittenPrincipal {
  block: 'AWS' | 'Federated' | 'Service' | 'CanonicalUser' | '*';
  value: string;
}

/** An Allow statement's principal entries and the condition keys it tests, with their first literal values. */
export interface AllowStatement {
  principals: WrittenPrincipal[];
  /** Condition key (as written) → first literal value, in statement order. */
  conditions: Map<string, string>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function principalsOf(p: unknown): WrittenPrincipal[] {
  if (p === '*') return [{ block: '*', value: '*' }];
  if (!isObj(p)) return [];
  const out: WrittenPrincipal[] = [];
  for (const block of ['AWS', 'Federated', 'Service', 'CanonicalUser'] as const)
    for (const v of list(p[block])) if (typeof v === 'string') out.push({ block, value: v });
  return out;
}

function conditionsOf(c: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isObj(c)) return out;
  for (const op of Object.keys(c)) {
    const block = c[op];
    if (!isObj(block)) continue;
    for (const key of Object.keys(block)) {
      const first = list(block[key])[0];
      if (!out.has(key) && (typeof first === 'string' || typeof first === 'boolean' || typeof first === 'number'))
        out.set(key, String(first));
    }
  }
  return out;
}

/** The Allow statements that carry a `Principal` element. */
export function allowStatements(document: PolicyDocument): AllowStatement[] {
  const statements: unknown[] = statementsOf(document);
  return statements
    .filter(isObj)
    .filter((s) => s.Effect === 'Allow' && s.Principal !== undefined)
    .map((s) => ({ principals: principalsOf(s.Principal), conditions: conditionsOf(s.Condition) }));
}
