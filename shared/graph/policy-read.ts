/**
 * A lenient reader of policy documents for drawing derived edges: it takes what a world stores (JSON text or an
 * object) and returns the Allow statements in a flat shape. Anything it cannot read yields no statements — the
 * validator, not the graph, reports broken policies.
 */
import { compileGlob } from '../iam/match/glob';
import type { JsonValue } from '../iam/request';
import type { PolicyDocument } from '../world/types';

/** The principal block of a statement, flattened: `'*'` or lists per principal type. */
export interface ReadPrincipals {
  anyone: boolean;
  aws: string[];
  service: string[];
  federated: string[];
}

/** One statement in the shape the edge derivations need. */
export interface ReadStatement {
  effect: 'Allow' | 'Deny';
  actions: string[];
  /** True when the statement uses NotAction (treated as "not readable" for derived edges). */
  notAction: boolean;
  resources: string[];
  principals?: ReadPrincipals;
  hasCondition: boolean;
}

function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPrincipals(value: unknown): ReadPrincipals | undefined {
  if (value === undefined) return undefined;
  if (value === '*') return { anyone: true, aws: [], service: [], federated: [] };
  if (!isRecord(value)) return undefined;
  const aws = asList(value.AWS);
  return {
    anyone: aws.includes('*'),
    aws: aws.filter((a) => a !== '*'),
    service: asList(value.Service),
    federated: asList(value.Federated),
  };
}

/** The raw statements of a policy document (JSON text or an object), as written; `[]` when it cannot be read. */
export function statementsOf(document: PolicyDocument | undefined): JsonValue[] {
  let doc: unknown = document;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return [];
    }
  }
  if (!isRecord(doc)) return [];
  const st = doc.Statement as JsonValue | undefined;
  return Array.isArray(st) ? st : st !== undefined ? [st] : [];
}

/** The statements of a policy document, or `[]` when it cannot be read. */
export function readStatements(document: PolicyDocument | undefined): ReadStatement[] {
  const out: ReadStatement[] = [];
  for (const s of statementsOf(document)) {
    if (!isRecord(s) || (s.Effect !== 'Allow' && s.Effect !== 'Deny')) continue;
    out.push({
      effect: s.Effect,
      actions: asList(s.Action),
      notAction: s.NotAction !== undefined,
      resources: asList(s.Resource),
      principals: readPrincipals(s.Principal),
      hasCondition: isRecord(s.Condition) && Object.keys(s.Condition).length > 0,
    });
  }
  return out;
}

/** Glob match with `*` and `?` (case-insensitive by default, as IAM matches action names): the engine's matcher. */
export function globMatch(pattern: string, value: string, caseInsensitive = true): boolean {
  return compileGlob(pattern, caseInsensitive)(value);
}

/** True when an Allow statement's actions cover `action` (NotAction statements are not read). */
export function allowsAction(statement: ReadStatement, action: string): boolean {
  return statement.effect === 'Allow' && !statement.notAction && statement.actions.some((a) => globMatch(a, action));
}
