/**
 * One line typed into the app's terminal panel, run against the current world. The world is the scenario file
 * `/world.json` of an in-memory file system; `iam`/`sts`/`export` lines get `--scenario /world.json` added and go to the
 * same aws-style interpreter as the `iam-lab` bin. A few built-ins manage the files (`write`, `cat`, `ls`, `rm`).
 * Pure: the caller owns the file system, the output sink and what to do with a changed world.
 */
import { parseScenario, serializeScenario, describeScenarioDiagnostic } from '../world/scenario/parse';
import type { World } from '../world/types';
import { AWS_OPERATIONS, runAwsCommand } from './aws/index';
import { runExplainError } from './explain-error';
import { TERMINAL_SERVICES } from './complete';
import { EXIT } from './io';
import { tokenize } from './tokenize';
import { memoryIO, type MemoryFs, type OutputSink } from './vfs';

/** The scenario file that is the current world. */
export const WORLD_FILE = '/world.json';

/** What running a line did. */
export interface LineOutcome {
  /** The exit code, as the bin would return it (cli/io EXIT). */
  exitCode: number;
  /** The new world when the line changed it (and the new scenario parsed); absent otherwise. */
  world?: World;
  /** True for `clear`: the panel empties its scrollback. */
  clear?: boolean;
}

/** What a line runs against. */
export interface LineContext {
  fs: MemoryFs;
  world: World;
  sink: OutputSink;
}

/** The words that select the aws-style interpreter (the same list tab completion offers). */
const AWS_SERVICES = new Set<string>(TERMINAL_SERVICES);

/** The terminal's help text. */
export function terminalHelp(): string {
  const names = (service: string) => AWS_OPERATIONS.filter((o) => o.service === service).map((o) => o.name);
  const wrap = (list: string[]) => list.reduce((lines, n) => {
    const last = lines[lines.length - 1];
    if (last.length + n.length + 1 > 100) lines.push(`    ${n}`);
    else lines[lines.length - 1] = `${last} ${n}`;
    return lines;
  }, ['   ']).join('\n');
  return `The same aws-style command line as the iam-lab bin, run against the world you see.
The world is the scenario file ${WORLD_FILE}; commands that change it change the world (one undo step each).
A leading "aws" or "iam-lab" is optional.

  iam <operation> [--option value ...]   e.g. iam create-user --user-name zed
  sts <operation> ...                    e.g. sts get-caller-identity --as arn:aws:iam::111122223333:user/alice
  ec2 <operation> ...                    e.g. ec2 run-instances --iam-instance-profile Name=AppServerProfile
  organizations | s3api | sqs <op> ...   SCPs/RCPs, bucket and queue policies, e.g. s3api put-bucket-policy --bucket b --policy file://p.json
  lab advance-clock --seconds N ...      the lab's clock and default identity (advance-clock, set-clock, get-clock, act-as)
  idp token|saml-assertion ...           a simulated identity provider, e.g.
                                         idp token --provider github --repo example-org/website --branch main --out t.jwt
  export authz-details [--out file]      the world as get-account-authorization-details output
  import authz-details <file> --out ${WORLD_FILE}
  explain-error '<AccessDenied message>' | --event <file>   which gate decided, replayed in this world
  global options: --output json|table|text  --as <principal ARN>  --account <id>  --explain

files (in memory, for file:// arguments):
  write <file> '<text>'    create a file, e.g. write trust.json '{"Version":"2012-10-17","Statement":[...]}'
  cat <file>   ls   rm <file>

  help   clear   ↑/↓ history   Tab completes services, operations, --options and names from the world

iam operations:
${wrap(names('iam'))}
sts operations:
${wrap(names('sts'))}
ec2 operations:
${wrap(names('ec2'))}
organizations operations:
${wrap(names('organizations'))}
s3api / kms / sqs operations:
${wrap([...names('s3api'), ...names('kms'), ...names('sqs')])}
idp / lab operations:
${wrap([...names('idp'), ...names('lab')])}
`;
}

function hasScenarioOption(argv: string[]): boolean {
  return argv.some((w) => w === '--scenario' || w.startsWith('--scenario='));
}

function builtin(words: string[], ctx: LineContext): LineOutcome | undefined {
  const { fs, sink } = ctx;
  const [cmd, ...rest] = words;
  const err = (text: string): LineOutcome => (sink('stderr', text), { exitCode: EXIT.usage });
  switch (cmd) {
    case 'help':
      sink('stdout', terminalHelp());
      return { exitCode: EXIT.ok };
    case 'clear':
      return { exitCode: EXIT.ok, clear: true };
    case 'ls':
      for (const f of fs.list()) sink('stdout', `${String(f.size).padStart(8)}  ${f.path}\n`);
      return { exitCode: EXIT.ok };
    case 'cat': {
      if (rest.length === 0) return err('usage: cat <file>\n');
      for (const p of rest) {
        if (!fs.has(p)) return err(`cat: ${p}: No such file\n`);
        const text = fs.read(p);
        sink('stdout', text.endsWith('\n') ? text : `${text}\n`);
      }
      return { exitCode: EXIT.ok };
    }
    case 'rm': {
      if (rest.length === 0) return err('usage: rm <file>\n');
      for (const p of rest) {
        if (p === WORLD_FILE || p === WORLD_FILE.slice(1)) return err(`rm: ${p} is the world; use File → New to start over\n`);
        if (!fs.remove(p)) return err(`rm: ${p}: No such file\n`);
      }
      return { exitCode: EXIT.ok };
    }
    case 'write': {
      if (rest.length < 2) return err(`usage: write <file> '<text>'   (quote JSON with single quotes)\n`);
      // Keep the text as typed after the file name when it was one quoted word; else join the words.
      const text = rest.length === 2 ? rest[1] : rest.slice(1).join(' ');
      fs.write(rest[0], text.endsWith('\n') ? text : `${text}\n`);
      sink('stdout', `wrote ${text.length} characters to ${rest[0]}\n`);
      return { exitCode: EXIT.ok };
    }
    default:
      return undefined;
  }
}

/** Runs one typed line. Never throws for user mistakes: they are written to stderr with an exit code. */
export async function runTerminalLine(line: string, ctx: LineContext): Promise<LineOutcome> {
  const split = tokenize(line);
  if (!split.ok) {
    ctx.sink('stderr', `iam-lab: ${split.message}\n`);
    return { exitCode: EXIT.usage };
  }
  let words = split.words;
  if (words[0] === 'aws' || words[0] === 'iam-lab') words = words.slice(1);
  if (words.length === 0) return { exitCode: EXIT.ok };

  const before = serializeScenario(ctx.world);
  ctx.fs.write(WORLD_FILE, before);
  let outcome = builtin(words, ctx);
  if (!outcome) {
    // A line may start with global options (`--output table iam list-users`); the interpreter sorts them out.
    if (words[0] === 'explain-error') {
      // The iam-lab command, replayed in the world on screen unless a world is named.
      const rest = words.slice(1);
      const named = hasScenarioOption(rest) || rest.includes('--sample');
      const code = await runExplainError(named ? rest : [...rest, '--scenario', WORLD_FILE], memoryIO(ctx.fs, ctx.sink));
      return { exitCode: code };
    }
    if (!AWS_SERVICES.has(words[0]) && !words[0].startsWith('--')) {
      ctx.sink('stderr', `iam-lab: unknown command '${words[0]}' (try 'help')\n`);
      return { exitCode: EXIT.usage };
    }
    // `import` ignores --scenario, so it can be added to every line.
    const argv = hasScenarioOption(words) ? words : [...words, '--scenario', WORLD_FILE];
    const exitCode = await runAwsCommand(argv, memoryIO(ctx.fs, ctx.sink));
    outcome = { exitCode };
  }
  const after = ctx.fs.has(WORLD_FILE) ? ctx.fs.read(WORLD_FILE) : before;
  if (after === before) return outcome;
  const parsed = parseScenario(after);
  if (!parsed.ok) {
    ctx.fs.write(WORLD_FILE, before);
    ctx.sink('stderr', `iam-lab: ${WORLD_FILE} was not loaded; the world is unchanged:\n${parsed.diagnostics.slice(0, 5).map((d) => `  ${describeScenarioDiagnostic(d)}\n`).join('')}`);
    return { exitCode: EXIT.input };
  }
  return { ...outcome, world: parsed.world };
}
