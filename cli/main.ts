/**
 * `iam-lab`: the command line. `runCli` is pure over `CliIO` (tests capture its output); `main` wires it to the
 * process. Commands live in a table (cli/commands/index.ts).
 */
import { EXIT, fileFailureLine, type CliIO } from './io';
import type { Command, CommandContext } from './command';
import { COMMANDS } from './commands/index';
import { runAwsLine, startsWithAwsOption } from './commands/routed';
import { loadCatalogFor } from './catalog-node';
import pkg from '../package.json' with { type: 'json' };

/** Options of `runCli` (tests override the catalog loader or the command table). */
export interface RunOptions {
  version?: string;
  loadCatalog?: CommandContext['loadCatalog'];
  commands?: readonly Command[];
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `usage: iam-lab <command> [options]

IAM Lab on the command line: validate policies and evaluate requests the way AWS does.

commands:
${list}
  ${'help'.padEnd(width)}  show help for a command: iam-lab help <command>

options:
  --help, -h     show this help
  --version, -v  print the version

exit codes: 0 ok, 1 findings (validation errors, or a denial with --fail-on-deny), 2 bad usage, 3 unreadable input.
See docs/cli.md.
`;
}

/**
 * Run the command line over `io`; resolves to the exit code. A file that cannot be read or written (full or
 * read-only disk, missing directory, no permission) is exit code 3 with one line naming the file and the cause.
 */
export async function runCli(argv: string[], io: CliIO, options: RunOptions = {}): Promise<number> {
  try {
    return await dispatch(argv, io, options);
  } catch (e) {
    const line = fileFailureLine(e);
    if (line === undefined) throw e;
    io.stderr(line);
    return EXIT.input;
  }
}

async function dispatch(argv: string[], io: CliIO, options: RunOptions): Promise<number> {
  const commands = options.commands ?? COMMANDS;
  const ctx: CommandContext = {
    version: options.version ?? pkg.version,
    loadCatalog: options.loadCatalog ?? loadCatalogFor,
  };
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(overview(commands));
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(overview(commands));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`iam-lab ${ctx.version}\n`);
    return EXIT.ok;
  }
  if (startsWithAwsOption(argv)) return runAwsLine(argv, io, ctx);
  const find = (name: string) => commands.find((c) => c.name === name);
  if (first === 'help') {
    if (rest.length === 0) {
      io.stdout(overview(commands));
      return EXIT.ok;
    }
    const cmd = find(rest[0]);
    if (!cmd) return unknown(rest[0], commands, io);
    io.stdout(cmd.help);
    return EXIT.ok;
  }
  const cmd = find(first);
  if (!cmd) return unknown(first, commands, io);
  if (!cmd.handlesHelp && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout(cmd.help);
    return EXIT.ok;
  }
  return cmd.run(rest, io, ctx);
}

function unknown(name: string, commands: readonly Command[], io: CliIO): number {
  const what = name.startsWith('-') ? 'option' : 'command';
  io.stderr(
    `iam-lab: unknown ${what} '${name}' (expected one of: ${commands.map((c) => c.name).join(', ')}, help, --help, --version)\n`,
  );
  return EXIT.usage;
}

/** Run with the real process: argv, stdout/stderr, files relative to the working directory. */
export async function main(): Promise<void> {
  const { nodeIO } = await import('./node-io');
  try {
    process.exitCode = await runCli(process.argv.slice(2), nodeIO(process.cwd()));
  } catch (e) {
    process.stderr.write(`iam-lab: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  }
}
