/**
 * Command families other modules implement: `iam`, `sts`, `import`, `export` go to `cli/aws/index.ts`
 * (`runAwsCommand(argv, io, options)`), `lessons` to `cli/lessons/run-lessons-command.ts`. Both are imported on first
 * use, so commands that do not need them start faster.
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

function unavailable(name: string, io: CliIO): number {
  io.stderr(`iam-lab: unknown command '${name}' (see 'iam-lab --help')\n`);
  return EXIT.usage;
}

/** Run `name argv...` through the aws module (argv includes the command word, as `aws iam ...` would). */
async function runAws(name: string, argv: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  return runAwsArgv([name, ...argv], name, io, ctx);
}

async function runAwsArgv(argv: string[], name: string, io: CliIO, ctx: CommandContext): Promise<number> {
  if (!name) return unavailable(name, io);
  // Loaded on first use so that `iam-lab validate` does not pay for the world model and the interpreter.
  const mod: AwsModule = await import('../aws/index');
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
  awsFamily('ec2', 'aws-style EC2 commands for instance profiles (run-instances, associate-iam-instance-profile, ...)'),
  awsFamily('organizations', 'aws-style Organizations commands for SCPs and RCPs (create-policy, attach-policy, ...)'),
  awsFamily('s3api', 'aws-style S3 bucket policy commands (put-bucket-policy, get-bucket-policy, delete-bucket-policy)'),
  awsFamily('kms', 'aws-style KMS key policy commands (put-key-policy, get-key-policy)'),
  awsFamily('sqs', 'aws-style SQS queue policy commands (set-queue-attributes, get-queue-attributes)'),
  awsFamily('lab', "the lab's own world commands: its clock, the default identity (advance-clock, set-clock, act-as, ...)"),
  awsFamily('idp', 'simulated identity provider: web identity tokens and SAML assertions (token, saml-assertion)'),
  awsFamily('import', 'import a world (e.g. get-account-authorization-details output)'),
  awsFamily('export', 'export a world'),
  {
    name: 'lessons',
    summary: 'check lesson files by replaying them against the engine',
    handlesHelp: true,
    help: 'usage: iam-lab lessons check <dir | pack.json | lesson.json>\n',
    async run(argv, io) {
      const mod: LessonsModule = await import('../lessons/run-lessons-command');
      return mod.runLessonsCommand(argv, io);
    },
  },
];
