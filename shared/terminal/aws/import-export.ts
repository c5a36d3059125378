/** `import authz-details <file> --out <scenario.json>` and `export authz-details --scenario s.json [--out file]`. */
import { EXIT, type CliIO } from '../io';
import { exportAuthzDetails } from '../../world/authz/export';
import { importAuthzDetails } from '../../world/authz/import';
import { describeScenarioDiagnostic, serializeScenario } from '../../world/scenario/parse';
import type { World } from '../../world/types';
import type { GlobalOptions, ParsedArgs } from './args';

/** Runs `import authz-details`. */
export async function runImport(words: string[], args: ParsedArgs, io: CliIO): Promise<number> {
  const [, kind, file] = words;
  const out = args.get('out')?.[0];
  if (kind !== 'authz-details' || !file || !out) {
    io.stderr('usage: iam-lab import authz-details <get-account-authorization-details.json> --out <scenario.json>\n');
    return EXIT.usage;
  }
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`iam-lab: cannot read ${file}: ${(e as Error).message}\n`);
    return EXIT.input;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    io.stderr(`iam-lab: ${file} is not valid JSON\n`);
    return EXIT.input;
  }
  const name = args.get('name')?.[0];
  const r = importAuthzDetails(value, name ? { name } : {});
  if (!r.ok) {
    io.stderr(
      `iam-lab: ${file} was not imported (nothing was written):\n${r.diagnostics.map((d) => `  ${describeScenarioDiagnostic(d)}\n`).join('')}`,
    );
    return EXIT.input;
  }
  await io.writeFileAtomic(out, serializeScenario(r.world));
  const s = r.stats;
  io.stdout(
    `Imported ${s.users} users, ${s.groups} groups, ${s.roles} roles, ${s.policies} customer managed policies, ${s.awsManagedPolicies} AWS managed policies, ${s.instanceProfiles} instance profiles in ${s.accounts} account(s) into ${out}\n`,
  );
  return EXIT.ok;
}

/** Runs `export authz-details` on an already loaded world. */
export async function runExport(
  words: string[],
  args: ParsedArgs,
  globals: GlobalOptions,
  world: World,
  io: CliIO,
): Promise<number> {
  if (words[1] !== 'authz-details') {
    io.stderr(
      'usage: iam-lab export authz-details --scenario <scenario.json> [--account ACCOUNT] [--out <file.json>]\n',
    );
    return EXIT.usage;
  }
  const doc = exportAuthzDetails(world, globals.account ? { accountId: globals.account } : {});
  const text = `${JSON.stringify(doc, null, 4)}\n`;
  const out = args.get('out')?.[0];
  if (out) await io.writeFileAtomic(out, text);
  else io.stdout(text);
  return EXIT.ok;
}
