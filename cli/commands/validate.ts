/** `iam-lab validate <policy.json> --kind <kind> [--json] [--no-catalog]`: print a policy's findings; exit 1 on errors. */
import { EXIT } from '../io';
import type { Command } from '../command';
import { parseArgs } from '../args';
import { errorCode, jsonOut, location } from '../format';
import { validatePolicy, findingMessage, POLICY_KINDS, type SizeQuota } from '../../shared/iam/validate/index';
import { servicesReferenced } from '../../shared/iam/catalog';

const QUOTAS: readonly SizeQuota[] = [
  'managed',
  'user-inline',
  'role-inline',
  'group-inline',
  'trust',
  'scp',
  'rcp',
  'session',
  'none',
];

/** The validate command. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a policy document and print its findings with line and column',
  help: `usage: iam-lab validate <policy.json> --kind <kind> [--json] [--no-catalog] [--size-quota <quota>]

Checks one policy document the way IAM Access Analyzer's policy checks do and prints each finding as
  file:line:column severity code message

  --kind <kind>         identity | resource | trust | scp | rcp | boundary | session (required)
  --json                print {file, kind, findings[]} as JSON instead of text
  --no-catalog          skip the checks that need the AWS service catalog (unknown actions, keys, services)
  --size-quota <quota>  managed | user-inline | role-inline | group-inline | trust | scp | rcp | session | none

Exit codes: 0 no errors (warnings and suggestions allowed), 1 errors found, 2 bad usage, 3 file unreadable.
`,
  async run(argv, io, ctx) {
    const args = parseArgs(argv, [
      { name: 'kind', type: 'string', values: POLICY_KINDS },
      { name: 'json', type: 'boolean' },
      { name: 'no-catalog', type: 'boolean' },
      { name: 'size-quota', type: 'string', values: QUOTAS },
    ]);
    if (!args.ok) {
      io.stderr(`iam-lab validate: ${args.message}\n`);
      return EXIT.usage;
    }
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) {
      io.stderr(
        `iam-lab validate: expected exactly one policy file${extra.length ? `, got also '${extra.join(' ')}'` : ''}\n`,
      );
      return EXIT.usage;
    }
    const kind = args.flags.kind;
    if (typeof kind !== 'string') {
      io.stderr(`iam-lab validate: missing --kind (one of: ${POLICY_KINDS.join(', ')})\n`);
      return EXIT.usage;
    }
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (e) {
      io.stderr(`iam-lab validate: cannot read ${file}: ${errorCode(e)}\n`);
      return EXIT.input;
    }
    const catalog = args.flags['no-catalog'] ? undefined : await ctx.loadCatalog(servicesReferenced(text));
    const sizeQuota =
      typeof args.flags['size-quota'] === 'string' ? (args.flags['size-quota'] as SizeQuota) : undefined;
    const findings = validatePolicy(text, kind as (typeof POLICY_KINDS)[number], catalog, { sizeQuota });
    if (args.flags.json) {
      io.stdout(jsonOut({ file, kind, findings: findings.map((f) => ({ ...f, message: findingMessage(f) })) }));
    } else {
      for (const f of findings)
        io.stdout(`${location(file, f.line, f.column)} ${f.severity} ${f.code} ${findingMessage(f)}\n`);
      const count = (s: string) => findings.filter((f) => f.severity === s).length;
      io.stderr(
        `${file}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('suggestion')} suggestion(s)\n`,
      );
    }
    return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
};
