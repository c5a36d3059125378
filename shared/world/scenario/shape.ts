/**
 * A tiny shape language for JSON documents: one description gives both the validator (diagnostics with JSON paths)
 * and the published JSON Schema (`docs/scenario.schema.json`), so the two cannot drift apart.
 */

/** A shape a JSON value must have. */
export type Shape =
  | { kind: 'string'; pattern?: string; enum?: readonly string[]; description?: string }
  | { kind: 'integer'; min?: number; max?: number; description?: string }
  | { kind: 'number'; min?: number; max?: number; description?: string }
  | { kind: 'boolean'; description?: string }
  | { kind: 'const'; value: string | number }
  | { kind: 'policy'; description?: string }
  | { kind: 'array'; items: Shape; maxItems?: number; description?: string }
  | { kind: 'record'; values: Shape; description?: string }
  | { kind: 'object'; props: Record<string, Shape>; optional?: readonly string[]; description?: string }
  | { kind: 'union'; tag: string; options: Record<string, Shape & { kind: 'object' }>; description?: string };

/** One problem found in a document. */
export interface ShapeDiagnostic {
  /** `scenario.type`, `scenario.missing`, `scenario.unknown-key`, `scenario.pattern`, `scenario.enum`, `scenario.range`, ... */
  code: string;
  /** JSON path, e.g. `world.accounts.111122223333.users.alice.arn` or `...attachedPolicies[2]`. */
  path: string;
  /** What was expected, for narration. */
  expected?: string;
}

/** Appends a key to a path. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The JSON type name of a value. */
function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Validates `value` against `shape`, appending diagnostics (stops at a few hundred). */
export function validateShape(value: unknown, shape: Shape, path: string, out: ShapeDiagnostic[]): void {
  if (out.length > 200) return;
  const bad = (expected: string, code = 'scenario.type'): void => {
    out.push({ code, path, expected });
  };
  switch (shape.kind) {
    case 'string':
      if (typeof value !== 'string') return bad('string');
      if (shape.enum && !shape.enum.includes(value)) return bad(shape.enum.join('|'), 'scenario.enum');
      if (shape.pattern && !new RegExp(shape.pattern).test(value)) return bad(shape.pattern, 'scenario.pattern');
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return bad('integer');
      if ((shape.min !== undefined && value < shape.min) || (shape.max !== undefined && value > shape.max)) {
        return bad(`${shape.min ?? ''}..${shape.max ?? ''}`, 'scenario.range');
      }
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('finite number');
      if ((shape.min !== undefined && value < shape.min) || (shape.max !== undefined && value > shape.max)) {
        return bad(`${shape.min ?? ''}..${shape.max ?? ''}`, 'scenario.range');
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean') bad('boolean');
      return;
    case 'const':
      if (value !== shape.value) bad(String(shape.value), 'scenario.const');
      return;
    case 'policy':
      if (typeof value !== 'string' && typeOf(value) !== 'object') bad('policy document (JSON text or object)');
      return;
    case 'array':
      if (!Array.isArray(value)) return bad('array');
      if (shape.maxItems !== undefined && value.length > shape.maxItems)
        bad(`at most ${shape.maxItems} items`, 'scenario.range');
      value.forEach((v, i) => validateShape(v, shape.items, joinPath(path, i), out));
      return;
    case 'record':
      if (typeOf(value) !== 'object') return bad('object');
      for (const [k, v] of Object.entries(value as object)) validateShape(v, shape.values, joinPath(path, k), out);
      return;
    case 'object': {
      if (typeOf(value) !== 'object') return bad('object');
      const obj = value as Record<string, unknown>;
      for (const [k, s] of Object.entries(shape.props)) {
        if (obj[k] === undefined) {
          if (!shape.optional?.includes(k)) out.push({ code: 'scenario.missing', path: joinPath(path, k) });
        } else validateShape(obj[k], s, joinPath(path, k), out);
      }
      for (const k of Object.keys(obj)) {
        if (!Object.hasOwn(shape.props, k)) out.push({ code: 'scenario.unknown-key', path: joinPath(path, k) });
      }
      return;
    }
    case 'union': {
      if (typeOf(value) !== 'object') return bad('object');
      const tag = (value as Record<string, unknown>)[shape.tag];
      const option = typeof tag === 'string' ? shape.options[tag] : undefined;
      if (!option) {
        out.push({
          code: 'scenario.enum',
          path: joinPath(path, shape.tag),
          expected: Object.keys(shape.options).join('|'),
        });
        return;
      }
      validateShape(value, option, path, out);
      return;
    }
  }
}

/** The JSON Schema (draft 2020-12) of a shape. */
export function toJsonSchema(shape: Shape): Record<string, unknown> {
  const base: Record<string, unknown> =
    'description' in shape && shape.description ? { description: shape.description } : {};
  switch (shape.kind) {
    case 'string':
      return {
        ...base,
        type: 'string',
        ...(shape.enum ? { enum: [...shape.enum] } : {}),
        ...(shape.pattern ? { pattern: shape.pattern } : {}),
      };
    case 'integer':
    case 'number':
      return {
        ...base,
        type: shape.kind,
        ...(shape.min !== undefined ? { minimum: shape.min } : {}),
        ...(shape.max !== undefined ? { maximum: shape.max } : {}),
      };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'const':
      return { const: shape.value };
    case 'policy':
      return { ...base, type: ['string', 'object'] };
    case 'array':
      return {
        ...base,
        type: 'array',
        items: toJsonSchema(shape.items),
        ...(shape.maxItems !== undefined ? { maxItems: shape.maxItems } : {}),
      };
    case 'record':
      return { ...base, type: 'object', additionalProperties: toJsonSchema(shape.values) };
    case 'object':
      return {
        ...base,
        type: 'object',
        properties: Object.fromEntries(Object.entries(shape.props).map(([k, s]) => [k, toJsonSchema(s)])),
        required: Object.keys(shape.props).filter((k) => !shape.optional?.includes(k)),
        additionalProperties: false,
      };
    case 'union':
      return { ...base, oneOf: Object.values(shape.options).map(toJsonSchema) };
  }
}
