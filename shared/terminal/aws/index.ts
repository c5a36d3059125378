/**
 * The aws-style command line over a scenario file: `iam-lab --scenario s.json iam create-user --user-name alice`,
 * `sts assume-role`, `iam simulate-principal-policy`, `import authz-details`, `export authz-details`.
 * `runAwsCommand(argv, io)` receives argv starting at the service word (global flags may appear anywhere), reads and
 * writes files only through `io`, and returns an exit code from `shared/terminal/io.ts`. Mutating commands save the scenario
 * atomically; a refused command changes nothing.
 */
import { EXIT, type CliIO } from '../io';
import { defaultAccountId } from '../../world/commands/context';
import { emptyAccount, emptyWorld } from '../../world/account-factory';
import { describeScenarioDiagnostic, parseScenario, serializeScenario } from '../../world/scenario/parse';
import type { ScenarioLayout } from '../../world/scenario/layout';
import type { World } from '../../world/types';
import { splitArgv, UsageError, type ParsedArgs } from './args';
import { AwsContext, InputError, ServiceError, serviceError } from './context';
import { sessionTokenCallRefusal } from '../../world/session-token-flow';
import { callerArn } from './sts-caller';
import { EC2_OPERATIONS } from './ec2';
import { PROVIDER_OPERATIONS } from './iam-providers';
import { IDP_OPERATIONS } from './idp';
import { LAB_OPERATIONS } from './lab';
import { ORGANIZATIONS_OPERATIONS } from './organizations';
import { RESOURCE_POLICY_OPERATIONS } from './resource-policies';
import { POLICY_OPERATIONS } from './iam-policies';
import { ROLE_OPERATIONS } from './iam-roles';
import { USER_OPERATIONS } from './iam-users';
import { runExport, runImport } from './import-export';
import type { AwsOperation } from './operation';
import { render } from './output';
import { SIMULATE_OPERATIONS } from './simulate';
import { STS_OPERATIONS } from './sts';
import { own } from '../../world/own';

/** Every aws-style operation. */
export const AWS_OPERATIONS: readonly AwsOperation[] = [
  ...USER_OPERATIONS,
  ...POLICY_OPERATIONS,
  ...ROLE_OPERATIONS,
  ...PROVIDER_OPERATIONS,
  ...SIMULATE_OPERATIONS,
  ...STS_OPERATIONS,
  ...EC2_OPERATIONS,
  ...ORGANIZATIONS_OPERATIONS,
  ...RESOURCE_POLICY_OPERATIONS,
  ...IDP_OPERATIONS,
  ...LAB_OPERATIONS,
];

/** The service words with operations (besides `import` and `export`), in the order the usage lists them. */
export const AWS_SERVICES: readonly string[] = [
  'iam',
  'sts',
  'ec2',
  'organizations',
  's3api',
  'sqs',
  'kms',
  'idp',
  'lab',
];

const USAGE = `usage: iam-lab [--scenario <file>] [--output json|table|text] [--as <principal ARN>] [--explain] <${AWS_SERVICES.join('|')}> <operation> [parameters]\n`;

/** The usage line of one operation. */
function operationUsage(o: AwsOperation): string {
  const req = o.required.map((a) => `--${a} <value>`).join(' ');
  const opt = o.optional.map((a) => `[--${a} <value>]`).join(' ');
  return `usage: iam-lab --scenario <file> ${o.service} ${o.name} ${req} ${opt}`.trimEnd() + '\n';
}

/** Usage error text in the AWS CLI's manner. */
function usageError(io: CliIO, message: string, usage = USAGE): number {
  io.stderr(`${usage}iam-lab: error: ${message}\n`);
  return EXIT.usage;
}

/** A scenario file as read: the world, and the dragged graph positions it carries (written back unchanged). */
interface LoadedScenario {
  world: World;
  layout?: ScenarioLayout;
}

/** Reads and parses the scenario file; problems are reported with JSON paths. */
async function loadScenario(io: CliIO, path: string): Promise<LoadedScenario | number> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    io.stderr(`iam-lab: cannot read scenario ${path}: ${(e as Error).message}\n`);
    return EXIT.input;
  }
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    io.stderr(
      `iam-lab: ${path} is not a usable scenario:\n${parsed.diagnostics
        .slice(0, 20)
        .map((d) => `  ${describeScenarioDiagnostic(d)}\n`)
        .join('')}`,
    );
    return EXIT.input;
  }
  return parsed.layout === undefined ? { world: parsed.world } : { world: parsed.world, layout: parsed.layout };
}

/** Checks the command's arguments against the operation's table entry. */
function checkArgs(o: AwsOperation, args: ParsedArgs): string | undefined {
  const known = new Set([...o.required, ...o.optional, ...o.optional.map((a) => `no-${a}`)]);
  const unknown = [...args.keys()].filter((k) => !known.has(k));
  if (unknown.length) return `Unknown options: ${unknown.map((k) => `--${k}`).join(', ')}`;
  const missing = o.required.filter((r) => !args.has(r) || args.get(r)!.length === 0);
  if (missing.length) return `the following arguments are required: ${missing.map((m) => `--${m}`).join(', ')}`;
  return undefined;
}

/**
 * Calls made with GetSessionToken credentials (`--as <AccessKeyId>` or the current identity): AWS refuses IAM calls
 * without MFA and STS calls other than AssumeRole and GetCallerIdentity before any policy is read
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html).
 */
function refuseForSessionToken(ctx: AwsContext, o: AwsOperation): void {
  if (o.service !== 'iam' && o.service !== 'sts') return;
  const refusal = sessionTokenCallRefusal(ctx.world, callerArn(ctx), `${o.service}:${o.operation}`);
  if (refusal) throw serviceError(refusal);
}

/** Runs one aws-style command line; argv starts at the service word (`iam`, `sts`, `import`, `export`). */
export async function runAwsCommand(argv: string[], io: CliIO, _options?: unknown): Promise<number> {
  let parsed: ReturnType<typeof splitArgv>;
  try {
    parsed = splitArgv(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, e.message);
    throw e;
  }
  const { words, globals, args } = parsed;
  const service = words[0];
  if (service === 'import') return runImport(words, args, io);
  if (service === 'export') {
    if (!globals.scenario) return usageError(io, 'the following arguments are required: --scenario');
    const loaded = await loadScenario(io, globals.scenario);
    return typeof loaded === 'number' ? loaded : runExport(words, args, globals, loaded.world, io);
  }
  if (!AWS_SERVICES.includes(service))
    return usageError(
      io,
      `argument command: Invalid choice '${service ?? ''}', valid choices are: ${AWS_SERVICES.join(' | ')} | import | export`,
    );
  const name = words[1];
  const ops = AWS_OPERATIONS.filter((o) => o.service === service);
  if (name === undefined || name === 'help') {
    io.stdout(`${USAGE}\n${service} operations:\n${ops.map((o) => `  ${o.name}\n`).join('')}`);
    return name === 'help' ? EXIT.ok : EXIT.usage;
  }
  const o = ops.find((x) => x.name === name);
  if (!o)
    return usageError(
      io,
      `argument operation: Invalid choice '${name}', valid choices are:\n${ops.map((x) => `  ${x.name}`).join('\n')}`,
    );
  if (words[2] === 'help') {
    io.stdout(operationUsage(o));
    return EXIT.ok;
  }
  if (words.length > 2) return usageError(io, `Unknown arguments: ${words.slice(2).join(' ')}`, operationUsage(o));
  const problem = checkArgs(o, args);
  if (problem) return usageError(io, problem, operationUsage(o));

  let world: World;
  let layout: ScenarioLayout | undefined;
  if (globals.scenario) {
    const loaded = await loadScenario(io, globals.scenario);
    if (typeof loaded === 'number') return loaded;
    world = loaded.world;
    layout = loaded.layout;
  } else if (o.needsScenario === false) {
    world = emptyWorld('scratch');
    world.accounts['123456789012'] = emptyAccount('123456789012');
  } else {
    return usageError(io, 'the following arguments are required: --scenario', operationUsage(o));
  }
  const account = globals.account ?? defaultAccountId(world);
  if (!account || !own(world.accounts, account)) {
    io.stderr(
      `\nAn error occurred (NoSuchEntity) when calling the ${o.operation} operation: The account ${account ?? ''} does not exist in this world.\n`,
    );
    return EXIT.findings;
  }
  const ctx = new AwsContext(io, globals, args, world, account);
  let result: unknown;
  try {
    refuseForSessionToken(ctx, o);
    result = await o.run(ctx);
  } catch (e) {
    for (const note of ctx.notes) io.stdout(note);
    if (e instanceof ServiceError) {
      io.stderr(`\nAn error occurred (${e.code}) when calling the ${o.operation} operation: ${e.message}\n`);
      return EXIT.findings;
    }
    if (e instanceof UsageError) return usageError(io, e.message, operationUsage(o));
    if (e instanceof InputError) {
      io.stderr(`\n${e.message}\n`);
      return EXIT.input;
    }
    throw e;
  }
  if (ctx.changed && globals.scenario) await io.writeFileAtomic(globals.scenario, serializeScenario(ctx.world, layout));
  io.stdout(render(result, globals.output, o.operation));
  for (const note of ctx.notes) io.stdout(note);
  return EXIT.ok;
}
