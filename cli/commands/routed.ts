/**
 * Command families other modules implement: `iam`, `sts`, `import`, `export` go to `cli/aws/index.ts`
 * (`runAwsCommand(argv, io, options)`), `lessons` to `cli/lessons/run-lessons-command.ts` when present (else to aws).
 * Loaded lazily and only if the file exists, so this frame works before those modules land.
 */
import { EXIT, type CliIO } from '../io';
import type { Command, CommandContext } from '../command';

/** Options handed to `runAwsCommand`. */
export interface AwsCommandOptions {
  version: string;
  loadCatalog: CommandContext['loadCatalog'];
}

type AwsModule = { runAwsCommand(argv: string[], io: CliIO, options: AwsCommandOptions): Promise<number> };
type LessonsModule = { runLessonsCommand(argv: string[], io: CliIO): Promise<number> };

/** Import a sibling module by path, `undefined` when that file does not exist. */
async function importIfPresent<T>(specifier: string, marker: string): Promise<T | undefined> {
  try {
    return (await import(/* @vite-ignore */ specifier)) as T;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes(marker)) return undefined;
    throw e;
  }
}

const AWS_MODULE = '../aws/index';
const LESSONS_MODULE = '../lessons/run-lessons-command';

function unavailable(name: string, io: CliIO): number {
  io.stderr(`iam-lab: unknown command '${name}' (not available in this build; see 'iam-lab --help')\n`);
  return EXIT.usage;
}

/** Run `name argv...` through the aws module (argv includes the command word, as `aws iam ...` would). */
async function runAws(name: string, argv: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  return runAwsArgv([name, ...argv], name, io, ctx);
}

async function runAwsArgv(argv: string[], name: string, io: CliIO, ctx: CommandContext): Promise<number> {
  const mod = await importIfPresent<Partial<AwsModule>>(AWS_MODULE, 'aws/index');
  if (!mod || typeof mod.runAwsCommand !== 'function') return unavailable(name, io);
  return mod.runAwsCommand(argv, io, { version: ctx.version, loadCatalog: ctx.loadCatalog });
}

/** Global options of the aws-style commands that may come before the service word (`--scenario w.json iam ...`). */
export const AWS_LEADING_OPTIONS = ['--scenario', '--as', '--account', '--output'] as const;

/** True when argv starts with an aws-style global option, so the whole line belongs to `cli/aws`. */
export function startsWithAwsOption(argv: string[]): boolean {
  const first = argv[0] ?? '';
  return AWS_LEADING_OPTIONS.some((o) => first === o || first.startsWith(`${o}=`));
}

/** Hand a whole argv (starting with global options) to the aws module. */
export function runAwsLine(argv: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  return runAwsArgv(argv, argv[0] ?? '', io, ctx);
}

function awsFamily(name: string, summary: string): Command {
  return {
    name,
    summary,
    handlesHelp: true,
    help: `usage: iam-lab ${name} <subcommand> [options]\n\n${summary}. Run 'iam-lab ${name} help' for its subcommands.\n`,
    run: (argv, io, ctx) => runAws(name, argv, io, ctx),
  };
}

/** The routed command families. */
export const ROUTED_COMMANDS: Command[] = [
  awsFamily('iam', 'aws-style IAM commands over a world file (create-user, attach-role-policy, ...)'),
  awsFamily('sts', 'aws-style STS commands (assume-role, get-caller-identity, ...)'),
  awsFamily('import', 'import a world (e.g. get-account-authorization-details output)'),
  awsFamily('export', 'export a world'),
  {
    name: 'lessons',
    summary: 'check lesson files by replaying them against the engine',
    handlesHelp: true,
    help: 'usage: iam-lab lessons check <dir | pack.json | lesson.json>\n',
    async run(argv, io, ctx) {
      const mod = await importIfPresent<Partial<LessonsModule>>(LESSONS_MODULE, 'run-lessons-command');
      if (mod && typeof mod.runLessonsCommand === 'function') return mod.runLessonsCommand(argv, io);
      return runAws('lessons', argv, io, ctx);
    },
  },
];
