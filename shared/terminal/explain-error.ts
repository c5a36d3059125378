/**
 * `iam-lab explain-error`: from an access-denied message (an argument, `-` for standard input) or a CloudTrail event
 * (`--event file.json`) to the gate that decided, replayed in a world (`--scenario file`, or `--sample <id>`), with the
 * world's agreement or disagreement said plainly. Pure over CliIO, so the bin and the app's terminal run the same code.
 */
import { decidingGate, explainDenial, gatePhrase, narrateAgreement, narrateDenialDiagnostic } from '../iam/denial';
import { readDenial } from '../iam/denial/explain-denial';
import type { DenialExplanation, ParsedDenial } from '../iam/denial';
import { explain } from '../iam/explain';
import { SAMPLE_WORLDS } from '../world/samples';
import { describeScenarioDiagnostic, parseScenario } from '../world/scenario/parse';
import type { World } from '../world/types';
import { EXIT, type CliIO } from './io';

/** The help text. */
export const EXPLAIN_ERROR_HELP = `usage: iam-lab explain-error '<message>' | - | --event <event.json>  [--scenario <file> | --sample <id>] [--json] [--explain]

Reads an access-denied error as AWS shows it -- "User: ... is not authorized to perform: ... on resource: ...
because no identity-based policy allows ..." (AccessDenied, AccessDeniedException, EC2's UnauthorizedOperation with
an encoded message) or a CloudTrail event -- and, given a world, replays the request and says which gate decided and
whether the world agrees with AWS.

  <message>         the message (quote it); "-" reads it from standard input
  --event <file>    a CloudTrail event, a trail file ({"Records": [...]}) or lookup-events output
  --scenario <file> the world to replay in (a scenario file)
  --sample <id>     or a sample world: ${SAMPLE_WORLDS.map((s) => s.id).join(', ')}
  --json            print {parsed, diagnostics, request, evaluation, agreement, worldMessage} as JSON
  --explain         print every step of the replayed evaluation

Exit codes: 0 read (and the world agrees), 1 the world disagrees with AWS, 2 bad usage, 3 unreadable input.
`;

interface Options {
  message?: string;
  event?: string;
  scenario?: string;
  sample?: string;
  json: boolean;
  explain: boolean;
}

/** Parses the arguments; a string is a usage error. */
function options(argv: string[]): Options | string {
  const o: Options = { json: false, explain: false };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`option '${a}' needs a value`);
      return v;
    };
    try {
      if (a === '--json') o.json = true;
      else if (a === '--explain') o.explain = true;
      else if (a === '--event') o.event = value();
      else if (a === '--scenario') o.scenario = value();
      else if (a === '--sample') o.sample = value();
      else if (a.startsWith('--') && a.length > 2)
        return `unknown option '${a}' (expected one of: --event, --scenario, --sample, --json, --explain)`;
      else positionals.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (positionals.length > 1) return 'expected one message (quote it)';
  if (positionals.length === 1) o.message = positionals[0];
  if ((o.message === undefined) === (o.event === undefined)) return 'give a message or --event <file>, not both';
  if (o.scenario !== undefined && o.sample !== undefined) return 'give --scenario or --sample, not both';
  if (o.sample !== undefined && !SAMPLE_WORLDS.some((s) => s.id === o.sample))
    return `unknown sample '${o.sample}' (expected one of: ${SAMPLE_WORLDS.map((s) => s.id).join(', ')})`;
  return o;
}

async function readText(io: CliIO, path: string): Promise<string | number> {
  try {
    return await io.readFile(path);
  } catch (e) {
    io.stderr(`iam-lab explain-error: cannot read ${path}: ${(e as Error).message}\n`);
    return EXIT.input;
  }
}

async function worldOf(io: CliIO, o: Options): Promise<World | undefined | number> {
  if (o.sample !== undefined) return SAMPLE_WORLDS.find((s) => s.id === o.sample)!.build();
  if (o.scenario === undefined) return undefined;
  const text = await readText(io, o.scenario);
  if (typeof text === 'number') return text;
  const parsed = parseScenario(text);
  if (parsed.ok) return parsed.world;
  io.stderr(
    `iam-lab explain-error: ${o.scenario} is not a usable scenario:\n${parsed.diagnostics
      .slice(0, 20)
      .map((d) => `  ${describeScenarioDiagnostic(d)}\n`)
      .join('')}`,
  );
  return EXIT.input;
}

function awsSays(p: ParsedDenial): string {
  if (p.errorCode === 'ExpiredToken') return 'the credentials expired';
  if (!p.policyType) return 'a deny (the message names no policy type)';
  return gatePhrase(p.policyType, p.kind === 'explicit' ? 'explicit' : 'implicit');
}

function text(x: DenialExplanation, explainAll: boolean, hasWorld: boolean): string {
  const lines: string[] = [];
  const p = x.parsed;
  if (p) {
    lines.push(`read: ${p.format}${p.errorCode ? ` (${p.errorCode})` : ''}`);
    if (p.principalArn) lines.push(`  principal: ${p.principalArn}`);
    if (p.action) lines.push(`  action:    ${p.action}`);
    if (p.resource) lines.push(`  resource:  ${p.resource}`);
    if (p.policyArn) lines.push(`  policy:    ${p.policyArn}`);
    lines.push(`  AWS says:  ${awsSays(p)}`);
  }
  for (const d of x.diagnostics) lines.push(`${d.severity}: ${narrateDenialDiagnostic(d)} (${d.code})`);
  if (!hasWorld && p) lines.push('no world given: add --scenario <file> or --sample <id> to replay the request');
  if (x.evaluation) {
    lines.push('', `replayed in the world: ${x.evaluation.decision} (${x.evaluation.reason})`);
    const gate = decidingGate(x.evaluation);
    for (const s of gate?.statements ?? [])
      lines.push(
        `  decided by: ${s.policyId} (${s.policyKind}) Statement[${s.statementIndex}]${s.sid ? ` "${s.sid}"` : ''}`,
      );
    lines.push(explain(x.evaluation, { decisiveOnly: !explainAll }));
  }
  if (x.agreement) lines.push('', `${x.agreement.agrees ? 'agrees' : 'DISAGREES'}: ${narrateAgreement(x.agreement)}`);
  if (x.worldMessage) lines.push('', `this world would answer:`, `  ${x.worldMessage.cliText}`);
  return `${lines.join('\n')}\n`;
}

/** Runs `explain-error` with the words after the command name. */
export async function runExplainError(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(EXPLAIN_ERROR_HELP);
    return EXIT.ok;
  }
  const o = options(argv);
  if (typeof o === 'string') {
    io.stderr(`iam-lab explain-error: ${o}\n`);
    return EXIT.usage;
  }
  const input =
    o.event !== undefined
      ? await readText(io, o.event)
      : o.message === '-'
        ? await readText(io, '/dev/stdin')
        : o.message!;
  if (typeof input === 'number') return input;
  const world = await worldOf(io, o);
  if (typeof world === 'number') return world;
  const x: DenialExplanation = world ? explainDenial(input, world) : { ...readDenial(input) };
  if (o.json) {
    const ev = x.evaluation;
    io.stdout(
      `${JSON.stringify(
        {
          parsed: x.parsed ?? null,
          diagnostics: x.diagnostics.map((d) => ({ ...d, message: narrateDenialDiagnostic(d) })),
          request: x.request ?? null,
          evaluation: ev
            ? { decision: ev.decision, reason: ev.reason, decidedBy: ev.decidedBy, sides: ev.sides }
            : null,
          agreement: x.agreement ? { ...x.agreement, message: narrateAgreement(x.agreement) } : null,
          worldMessage: x.worldMessage ?? null,
        },
        null,
        2,
      )}\n`,
    );
  } else io.stdout(text(x, o.explain, world !== undefined));
  if (!x.parsed) return EXIT.input;
  return x.agreement && !x.agreement.agrees ? EXIT.findings : EXIT.ok;
}
