/** A small argument parser for subcommands: known flags only, so a typo is a usage error, not a silent no-op. */

/** One flag a command accepts. */
export interface FlagSpec {
  name: string;
  /** `boolean` flags take no value; `string` flags take the next word or `--name=value`. */
  type: 'boolean' | 'string';
  /** Accepted values for a string flag. */
  values?: readonly string[];
}

/** Parsed arguments, or a usage problem (said in words, for stderr). */
export type ParsedArgs =
  { ok: true; positionals: string[]; flags: Record<string, string | boolean> } | { ok: false; message: string };

/** Parse `argv` against `specs`. `--` ends flag parsing. */
export function parseArgs(argv: string[], specs: FlagSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const known = specs.map((s) => `--${s.name}`).join(', ') || 'none';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      if (a.startsWith('-') && a !== '-')
        return { ok: false, message: `unknown option '${a}' (expected one of: ${known})` };
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const spec = specs.find((s) => s.name === name);
    if (!spec) return { ok: false, message: `unknown option '--${name}' (expected one of: ${known})` };
    if (spec.type === 'boolean') {
      if (eq >= 0) return { ok: false, message: `option '--${name}' takes no value` };
      flags[name] = true;
      continue;
    }
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) {
      return {
        ok: false,
        message: `option '--${name}' needs a value${spec.values ? ` (one of: ${spec.values.join(', ')})` : ''}`,
      };
    }
    if (spec.values && !spec.values.includes(value)) {
      return { ok: false, message: `option '--${name}' must be one of: ${spec.values.join(', ')} (got '${value}')` };
    }
    flags[name] = value;
  }
  return { ok: true, positionals, flags };
}
