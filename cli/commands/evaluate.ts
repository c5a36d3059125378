/** `iam-lab evaluate <request.json> [--json] [--explain] [--fail-on-deny]`: decide one request as AWS would. */
import { EXIT, type CliIO } from '../io';
import type { Command } from '../command';
import { parseArgs } from '../args';
import { jsonOut } from '../format';
import { readRequestFile } from '../read-request';
import { loadEngine, type EngineModule } from '../engine';
import type { EvaluationResult, StatementRef } from '../../shared/iam/result';
import { denialMessage } from '../../shared/iam/denial/render-message';

/** How a statement reference prints: `policyId Statement[1] (Sid)`. */
export function formatRef(r: StatementRef): string {
  const where = r.path ?? `Statement[${r.statementIndex}]`;
  return `${r.policyId} (${r.policyKind}${r.level ? ` at ${r.level}` : ''}) ${where}${r.sid ? ` "${r.sid}"` : ''}`;
}

/** The text rendering: decision, reason, decisive statements, sides, errors, missing keys, then the trace explanation (decisive steps only unless `--explain`). */
export function formatResultText(result: EvaluationResult, engine: EngineModule, explainWanted: boolean): string {
  const lines = [`decision: ${result.decision}`, `reason: ${result.reason}`];
  if (result.decidedBy.length) {
    lines.push('decided by:');
    for (const r of result.decidedBy) lines.push(`  ${formatRef(r)}`);
  }
  if (result.sides)
    lines.push(`sides: principal account ${result.sides.principal}, resource account ${result.sides.resource}`);
  for (const e of result.errors)
    lines.push(`policy error: ${e.policyId} (${e.policyKind}) ${e.code}${e.path ? ` at ${e.path}` : ''}`);
  if (result.missingContextKeys.length) lines.push(`missing context keys: ${result.missingContextKeys.join(', ')}`);
  const ex = engine.explain(result, { decisiveOnly: !explainWanted });
  return `${lines.join('\n')}\n\n${ex.endsWith('\n') ? ex : `${ex}\n`}`;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, [
    { name: 'json', type: 'boolean' },
    { name: 'explain', type: 'boolean' },
    { name: 'fail-on-deny', type: 'boolean' },
  ]);
  if (!args.ok) {
    io.stderr(`iam-lab evaluate: ${args.message}\n`);
    return EXIT.usage;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) {
    io.stderr('iam-lab evaluate: expected exactly one request file\n');
    return EXIT.usage;
  }
  const read = await readRequestFile(file, io);
  for (const w of read.warnings) io.stderr(`${w}\n`);
  if (!read.ok) {
    for (const e of read.errors) io.stderr(`${e}\n`);
    return EXIT.input;
  }
  const engine = await loadEngine();
  const result = engine.evaluate(read.request);
  if (args.flags.json) {
    const { decision, decidedBy, reason, sides, errors, missingContextKeys, trace } = result;
    io.stdout(jsonOut({ decision, decidedBy, reason, sides, errors, missingContextKeys, trace }));
  } else {
    // Every denial also shows the message AWS would return for it (shared/iam/denial).
    const aws = denialMessage(read.request, result);
    io.stdout(
      formatResultText(result, engine, args.flags.explain === true) +
        (aws ? `\nAWS would answer:\n  ${aws.cliText}\n` : ''),
    );
  }
  return args.flags['fail-on-deny'] && result.decision !== 'allowed' ? EXIT.findings : EXIT.ok;
}

/** The evaluate command. */
export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'evaluate a request file (principal, action, resource, context, policies) and print the decision',
  help: `usage: iam-lab evaluate <request.json> [--json] [--explain] [--fail-on-deny]

Reads a request file (shape: docs/request.schema.json) and decides it the way AWS documents:
allowed, explicitDeny or implicitDeny.

  --json          print {decision, decidedBy, reason, sides, errors, missingContextKeys, trace} as JSON
  --explain       print every step of the trace (default: only the decisive steps)
  --fail-on-deny  exit 1 when the decision is not "allowed"

Exit codes: 0 evaluated, 1 denied with --fail-on-deny, 2 bad usage, 3 request file unreadable or malformed
(the message names the file, line, column and JSON path).
`,
  run: (argv, io) => run(argv, io),
};
