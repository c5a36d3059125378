/**
 * Argument parsing in the AWS CLI's manner: `--name value`, `--name v1 v2 ...` for lists, bare `--flag` for booleans,
 * `--no-flag` for false, `file://path` for file contents, and the shorthand `Key=a,Value=b` syntax.
 */

/** Global options every aws-style command understands (taken out before the command sees its arguments). */
export interface GlobalOptions {
  scenario?: string;
  output: 'json' | 'table' | 'text';
  as?: string;
  explain: boolean;
  account?: string;
}

/** Parsed command arguments: option name (without `--`) → its values (empty list for a bare flag). */
export type ParsedArgs = Map<string, string[]>;

/** A usage problem: what was wrong, for the CLI's usage message. */
export class UsageError extends Error {}

/** Global options that take one value (the parser and tab completion both read these). */
export const GLOBAL_WITH_VALUE: ReadonlySet<string> = new Set([
  'scenario',
  'output',
  'as',
  'account',
  'region',
  'profile',
]);
/** Global options that are bare flags. */
export const GLOBAL_FLAGS: ReadonlySet<string> = new Set(['explain', 'debug', 'no-cli-pager', 'no-paginate']);
/** The values `--output` accepts. */
export const OUTPUT_FORMATS = ['json', 'table', 'text'] as const;

/** Splits argv into positional words, global options and command options. */
export function splitArgv(argv: string[]): { words: string[]; globals: GlobalOptions; args: ParsedArgs } {
  const words: string[] = [];
  const args: ParsedArgs = new Map();
  const globals: GlobalOptions = { output: 'json', explain: false };
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i];
    if (!tok.startsWith('--')) {
      words.push(tok);
      continue;
    }
    let name = tok.slice(2);
    let inline: string | undefined;
    const eq = name.indexOf('=');
    if (eq > 0) {
      inline = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const values: string[] = inline !== undefined ? [inline] : [];
    if (inline === undefined && !GLOBAL_FLAGS.has(name)) {
      // Global options take exactly one value; command options take every value up to the next option.
      if (GLOBAL_WITH_VALUE.has(name)) {
        if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.push(argv[++i]);
      } else {
        while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.push(argv[++i]);
      }
    }
    if (GLOBAL_WITH_VALUE.has(name)) {
      if (values.length !== 1) throw new UsageError(`argument --${name}: expected one argument`);
      const v = values[0];
      if (name === 'scenario') globals.scenario = v;
      else if (name === 'as') globals.as = v;
      else if (name === 'account') globals.account = v;
      else if (name === 'output') {
        if (v !== 'json' && v !== 'table' && v !== 'text')
          throw new UsageError(
            `argument --output: Invalid choice '${v}', valid choices are: ${OUTPUT_FORMATS.join(' | ')}`,
          );
        globals.output = v;
      }
      continue;
    }
    if (GLOBAL_FLAGS.has(name)) {
      if (name === 'explain') globals.explain = true;
      continue;
    }
    args.set(name, [...(args.get(name) ?? []), ...values]);
  }
  return { words, globals, args };
}

/** Reads `file://path` (or `fileb://`) through the reader, else returns the text itself. */
export async function resolveValue(value: string, readFile: (path: string) => Promise<string>): Promise<string> {
  const m = /^fileb?:\/\/(.+)$/.exec(value);
  return m ? readFile(m[1]) : value;
}

/** Splits shorthand `a=1,b=[x,y],c=3` at top-level commas. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '[' || ch === '{') depth++;
    if (ch === ']' || ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') parts.push(cur);
  return parts;
}

/**
 * Parses one shorthand structure `Key=a,Value=b` into an object. A key followed by several comma-separated bare
 * values (`ContextKeyValues=a,b`) collects them into a list, and `[a,b]` is a list.
 */
export function parseShorthand(text: string): Record<string, string | string[]> {
  // Null prototype: the keys come from the command line (a key named `__proto__` or `constructor` is just a key).
  const out = Object.create(null) as Record<string, string | string[]>;
  let last: string | undefined;
  for (const part of splitTopLevel(text)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      if (last === undefined) throw new UsageError(`Error parsing parameter: expected key=value, got '${part}'`);
      const prev = out[last];
      out[last] = [...(Array.isArray(prev) ? prev : [prev]), part];
      continue;
    }
    const key = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1);
    out[key] = raw.startsWith('[') && raw.endsWith(']') ? splitTopLevel(raw.slice(1, -1)) : raw;
    last = key;
  }
  return out;
}

/** Tags from `Key=k,Value=v` shorthand entries or a JSON list `[{"Key":..,"Value":..}]`. */
export function parseTags(values: string[]): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  const entries =
    values.length === 1 && values[0].trim().startsWith('[')
      ? (JSON.parse(values[0]) as Array<Record<string, string>>)
      : values.map(parseShorthand);
  for (const e of entries) {
    if (typeof e.Key !== 'string')
      throw new UsageError('Error parsing parameter --tags: each tag needs Key=...,Value=...');
    out[e.Key] = typeof e.Value === 'string' ? e.Value : '';
  }
  return out;
}
