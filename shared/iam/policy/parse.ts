/**
 * `parsePolicy`: reads a policy document (JSON text or an object) into the normalized form the evaluator uses. Only
 * structural errors that make evaluation impossible are reported here, as codes with JSON paths; the full validator
 * (findings, severities, line/column) is `validate/`.
 */
import type { JsonValue } from '../request';
import { readPrincipalElement } from './principal-element';
import type {
  Effect,
  NormalizedCondition,
  NormalizedPolicy,
  NormalizedStatement,
  ParseDiagnostic,
  ParseResult,
  SetQualifier,
} from './types';

/** The versions AWS accepts. Only 2012-10-17 enables policy variables. */
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function findKey(obj: Record<string, unknown>, name: string): string | undefined {
  if (name in obj) return name;
  // Absent keys are the common case (NotAction, Condition, Sid...): compare lengths before lower-casing anything.
  let low: string | undefined;
  for (const k in obj) {
    if (k.length !== name.length || !Object.hasOwn(obj, k)) continue;
    low ??= name.toLowerCase();
    if (k.toLowerCase() === low) return k;
  }
  return undefined;
}

function stringList(value: unknown, path: string, diagnostics: ParseDiagnostic[], code: string): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) {
    const out: string[] = [];
    value.forEach((v, i) => {
      if (typeof v === 'string') out.push(v);
      else diagnostics.push({ code, path: `${path}[${i}]` });
    });
    return out;
  }
  diagnostics.push({ code, path });
  return undefined;
}

function valueText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Splits `ForAnyValue:StringLikeIfExists` into its qualifier, base operator and IfExists flag. */
export function splitOperator(operator: string): { qualifier?: SetQualifier; base: string; ifExists: boolean } {
  let rest = operator;
  let qualifier: SetQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const q = rest.slice(0, colon).toLowerCase();
    if (q === 'forallvalues') qualifier = 'ForAllValues';
    else if (q === 'foranyvalue') qualifier = 'ForAnyValue';
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.length > 8 && rest.toLowerCase().endsWith('ifexists')) {
    ifExists = true;
    rest = rest.slice(0, -8);
  }
  return { qualifier, base: rest, ifExists };
}

function readConditions(value: unknown, path: string, diagnostics: ParseDiagnostic[]): NormalizedCondition[] {
  if (!isObject(value)) {
    diagnostics.push({ code: 'parse.condition.not-object', path });
    return [];
  }
  const out: NormalizedCondition[] = [];
  for (const [operator, block] of Object.entries(value)) {
    const opPath = `${path}.${operator}`;
    if (!isObject(block)) {
      diagnostics.push({ code: 'parse.condition.operator-not-object', path: opPath });
      continue;
    }
    const { qualifier, base, ifExists } = splitOperator(operator);
    for (const [key, raw] of Object.entries(block)) {
      const keyPath = `${opPath}.${key}`;
      const list = Array.isArray(raw) ? raw : [raw];
      const values: string[] = [];
      list.forEach((v, i) => {
        const t = valueText(v);
        if (t === undefined)
          diagnostics.push({
            code: 'parse.condition.value-invalid',
            path: Array.isArray(raw) ? `${keyPath}[${i}]` : keyPath,
          });
        else values.push(t);
      });
      out.push({ operator, base, qualifier, ifExists, key, keyLower: key.toLowerCase(), values, path: keyPath });
    }
  }
  return out;
}

function readStatement(
  raw: unknown,
  index: number,
  path: string,
  variablesEnabled: boolean,
  diagnostics: ParseDiagnostic[],
): NormalizedStatement | undefined {
  if (!isObject(raw)) {
    diagnostics.push({ code: 'parse.statement.not-object', path });
    return undefined;
  }
  const before = diagnostics.length;
  const effectKey = findKey(raw, 'Effect');
  const effectRaw = effectKey ? raw[effectKey] : undefined;
  let effect: Effect = 'Deny';
  if (effectRaw === 'Allow' || effectRaw === 'Deny') effect = effectRaw;
  else diagnostics.push({ code: effectKey ? 'parse.effect.invalid' : 'parse.effect.missing', path: `${path}.Effect` });

  const st: NormalizedStatement = { index, path, effect, conditions: [], resourceHasVariables: false };
  const sidKey = findKey(raw, 'Sid');
  if (sidKey && typeof raw[sidKey] === 'string') st.sid = raw[sidKey] as string;

  const aKey = findKey(raw, 'Action');
  const naKey = findKey(raw, 'NotAction');
  if (aKey && naKey) diagnostics.push({ code: 'parse.action.both', path: `${path}.NotAction` });
  else if (aKey) st.actions = stringList(raw[aKey], `${path}.Action`, diagnostics, 'parse.action.invalid');
  else if (naKey) st.notActions = stringList(raw[naKey], `${path}.NotAction`, diagnostics, 'parse.action.invalid');
  else diagnostics.push({ code: 'parse.action.missing', path: `${path}.Action` });

  const rKey = findKey(raw, 'Resource');
  const nrKey = findKey(raw, 'NotResource');
  if (rKey && nrKey) diagnostics.push({ code: 'parse.resource.both', path: `${path}.NotResource` });
  else if (rKey) st.resources = stringList(raw[rKey], `${path}.Resource`, diagnostics, 'parse.resource.invalid');
  else if (nrKey)
    st.notResources = stringList(raw[nrKey], `${path}.NotResource`, diagnostics, 'parse.resource.invalid');

  const pKey = findKey(raw, 'Principal');
  const npKey = findKey(raw, 'NotPrincipal');
  if (pKey && npKey) diagnostics.push({ code: 'parse.principal.both', path: `${path}.NotPrincipal` });
  else if (pKey) st.principal = readPrincipalElement(raw[pKey], `${path}.Principal`, diagnostics);
  else if (npKey) st.notPrincipal = readPrincipalElement(raw[npKey], `${path}.NotPrincipal`, diagnostics);

  const cKey = findKey(raw, 'Condition');
  if (cKey) st.conditions = readConditions(raw[cKey], `${path}.Condition`, diagnostics);

  if (variablesEnabled) {
    const list = st.resources ?? st.notResources ?? [];
    st.resourceHasVariables = list.some((r) => r.includes('${'));
  }
  return diagnostics.length > before ? undefined : st;
}

/**
 * Parses a policy document. Accepts the JSON text or an already-parsed value. Returns the normalized policy, or the
 * structural diagnostics (code + JSON path) that prevent evaluating it.
 */
export function parsePolicy(input: string | JsonValue | unknown): ParseResult {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch {
      return { ok: false, diagnostics: [{ code: 'parse.json.invalid', path: '' }] };
    }
  }
  if (!isObject(doc)) return { ok: false, diagnostics: [{ code: 'parse.document.not-object', path: '' }] };
  const diagnostics: ParseDiagnostic[] = [];
  const vKey = findKey(doc, 'Version');
  let version: string | undefined;
  if (vKey) {
    const v = doc[vKey];
    if (typeof v === 'string' && (POLICY_VERSIONS as readonly string[]).includes(v)) version = v;
    else diagnostics.push({ code: 'parse.version.invalid', path: 'Version' });
  }
  const variablesEnabled = version === '2012-10-17';
  const sKey = findKey(doc, 'Statement');
  if (!sKey)
    return { ok: false, diagnostics: [...diagnostics, { code: 'parse.statement.missing', path: 'Statement' }] };
  const rawStatements = doc[sKey];
  const statements: NormalizedStatement[] = [];
  if (Array.isArray(rawStatements)) {
    rawStatements.forEach((s, i) => {
      const st = readStatement(s, i, `Statement[${i}]`, variablesEnabled, diagnostics);
      if (st) statements.push(st);
    });
  } else {
    const st = readStatement(rawStatements, 0, 'Statement', variablesEnabled, diagnostics);
    if (st) statements.push(st);
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const idKey = findKey(doc, 'Id');
  const policy: NormalizedPolicy = { version, variablesEnabled, statements };
  if (idKey && typeof doc[idKey] === 'string') policy.id = doc[idKey] as string;
  return { ok: true, policy };
}
