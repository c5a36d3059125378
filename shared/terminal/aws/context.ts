/** What an aws-style operation works with: its arguments, the world, and helpers that speak AWS's error shapes. */
import type { CliIO } from '../io';
import { applyCommand } from '../../world/commands/apply';
import type { WorldCommand } from '../../world/commands/types';
import { narrateError } from '../../world/narrate-error';
import type { WorldError } from '../../world/errors';
import type { PolicyDocument, World } from '../../world/types';
import { resolveValue, UsageError, type GlobalOptions, type ParsedArgs } from './args';

/** An AWS service error (`An error occurred (CODE) when calling the OP operation: message`). */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The world's refusal behind it, when there is one (services that word errors their own way map its reason). */
    readonly worldError?: WorldError,
  ) {
    super(message);
  }
}

/** A file that could not be read or parsed (exit code 3). */
export class InputError extends Error {}

/** The running operation's context. */
export class AwsContext {
  world: World;
  changed = false;
  /** Extra text printed after the result (the engine's explanation with --explain). */
  readonly notes: string[] = [];

  constructor(
    readonly io: CliIO,
    readonly globals: GlobalOptions,
    readonly args: ParsedArgs,
    world: World,
    readonly account: string,
  ) {
    this.world = world;
  }

  /** One string argument; `required` ones are checked before `run`, so absence here means optional. */
  str(name: string): string | undefined {
    const v = this.args.get(name);
    if (v === undefined) return undefined;
    if (v.length !== 1) throw new UsageError(`argument --${name}: expected one argument`);
    return v[0];
  }

  /** A required string argument. */
  need(name: string): string {
    const v = this.str(name);
    if (v === undefined) throw new UsageError(`the following arguments are required: --${name}`);
    return v;
  }

  /** A list argument (`--action-names a b c`). */
  list(name: string): string[] | undefined {
    const v = this.args.get(name);
    // The AWS CLI also takes a list as one JSON array (`--client-id-list '["a","b"]'`).
    if (v?.length === 1 && v[0].trim().startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(v[0]);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed as string[];
      } catch {
        // not JSON: the word itself
      }
    }
    return v;
  }

  /** An integer argument. */
  int(name: string): number | undefined {
    const v = this.str(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n)) throw new UsageError(`argument --${name}: invalid int value: '${v}'`);
    return n;
  }

  /** A boolean flag: `--x` true, `--no-x` false, absent undefined. */
  flag(name: string): boolean | undefined {
    if (this.args.has(name)) return true;
    if (this.args.has(`no-${name}`)) return false;
    return undefined;
  }

  /** Reads a `file://` or inline value. */
  async text(value: string): Promise<string> {
    try {
      return await resolveValue(value, (p) => this.io.readFile(p));
    } catch (e) {
      throw new InputError(`Error parsing parameter: Unable to load paramfile ${value}: ${(e as Error).message}`);
    }
  }

  /** A policy document argument, kept verbatim as text (as AWS keeps it). */
  async policyDocument(name: string): Promise<PolicyDocument> {
    return this.text(this.need(name));
  }

  /** Applies a world command in the operation's account; a refusal becomes the AWS error. */
  apply(command: WorldCommand): Record<string, unknown> {
    const r = applyCommand(this.world, { account: this.account, ...command } as WorldCommand);
    if (!r.ok) throw serviceError(r.error);
    this.world = r.world;
    if (r.diff.changes.length > 0) this.changed = true;
    return r.output;
  }
}

/** A world error as the AWS CLI prints it. */
export function serviceError(error: WorldError): ServiceError {
  return new ServiceError(error.code, narrateError(error), error);
}
