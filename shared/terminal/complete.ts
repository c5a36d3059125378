/**
 * Tab completion for the terminal panel, pure: given the line, the cursor and the world, which words could go where
 * the cursor is. Service and operation names and each operation's `--options` come from the interpreter's own table
 * (AWS_OPERATIONS, the global option sets of args.ts), so completion can never offer what the parser refuses; values
 * for common options (user, group and role names, policy and role ARNs, principals for `--as`) come from the world.
 */
import { defaultAccountId } from '../world/commands/context';
import { findManagedPolicy } from '../world/lookup';
import { AWS_MANAGED_POLICIES } from '../world/aws-managed/catalog';
import type { World } from '../world/types';
import { GLOBAL_FLAGS, GLOBAL_WITH_VALUE, OUTPUT_FORMATS } from './aws/args';
import { AWS_OPERATIONS, AWS_SERVICES } from './aws/index';
import type { AwsOperation } from './aws/operation';
import { own } from '../world/own';
import { SAMPLE_WORLDS } from '../world/samples';

/** What can complete the word under the cursor. */
export interface Completion {
  /** Where the word being completed starts in the line. */
  from: number;
  /** The part of that word already typed (from `from` to the cursor). */
  prefix: string;
  /** Every word that fits, sorted; empty when nothing does. */
  candidates: string[];
}

/** What completion works with besides the line. */
export interface CompletionSources {
  world: World;
  /** Files of the terminal's in-memory file system, offered as `file://path` for document options. */
  files?: readonly string[];
}

/** The words that start a terminal line, besides the aws services. */
export const TERMINAL_BUILTINS = ['help', 'clear', 'ls', 'cat', 'rm', 'write'] as const;
/** The services the interpreter knows, in the order its usage lists them. */
export const TERMINAL_SERVICES: readonly string[] = [...AWS_SERVICES, 'import', 'export'];
/** `explain-error` (an iam-lab command the terminal also runs): its options, and which of them take no value. */
const EXPLAIN_ERROR = 'explain-error';
const EXPLAIN_ERROR_OPTIONS = ['event', 'sample', 'scenario', 'json', 'explain'] as const;
const EXPLAIN_ERROR_FLAGS = new Set(['json', 'explain']);
/** `import` and `export` have one subcommand and one option. */
const AUTHZ_SUBCOMMAND: AwsOperation = {
  service: 'iam',
  name: 'authz-details',
  operation: 'AuthzDetails',
  required: [],
  optional: ['out'],
  run: () => undefined,
};

/** Global options accepted for compatibility (or set by the terminal), not worth offering. */
const QUIET_GLOBALS = new Set(['scenario', 'region', 'profile', 'debug', 'no-cli-pager', 'no-paginate']);

/** Options that take a list of values (`--action-names a b c`, `--tags k=v k=v`). */
const LIST_OPTION = /(-names|-arns|-keys|^tags|-entries|-list|-ids)$/;

interface Word {
  text: string;
  start: number;
}

/** Splits the text before the cursor into words (quotes kept out of the text); null inside an open quote. */
function wordsBefore(text: string): { done: Word[]; current: Word } | null {
  const done: Word[] = [];
  let cur: Word | undefined;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
      else cur!.text += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur ??= { text: '', start: i };
    } else if (/\s/.test(ch)) {
      if (cur) done.push(cur);
      cur = undefined;
    } else {
      cur ??= { text: '', start: i };
      cur.text += ch;
    }
  }
  if (quote) return null;
  return { done, current: cur ?? { text: '', start: text.length } };
}

function operationsOf(service: string): AwsOperation[] {
  if (service === 'import' || service === 'export') return [AUTHZ_SUBCOMMAND];
  return AWS_OPERATIONS.filter((o) => o.service === service);
}

/** Values the world offers for an option; undefined when the option takes free text. */
function optionValues(
  option: string,
  op: AwsOperation | undefined,
  sources: CompletionSources,
  account: string | undefined,
): string[] | undefined {
  const { world } = sources;
  const acct = account !== undefined ? own(world.accounts, account) : undefined;
  const all = Object.values(world.accounts);
  const managedArns = () =>
    [
      ...Object.keys(AWS_MANAGED_POLICIES),
      ...Object.keys(world.awsManagedPolicies),
      ...all.flatMap((a) => Object.values(a.policies).map((p) => p.arn)),
    ].filter((arn) => findManagedPolicy(world, arn));
  // The name a create- operation is about to give is new: nothing in the world completes it.
  if (op && op.name.startsWith('create-') && option === `${op.name.slice('create-'.length)}-name`) return undefined;
  const files = () => (sources.files ?? []).map((f) => `file://${f.replace(/^\//, '')}`);
  switch (option) {
    case 'output':
      return [...OUTPUT_FORMATS];
    case 'account':
      return Object.keys(world.accounts);
    case 'user-name':
      return Object.keys(acct?.users ?? {});
    case 'group-name':
      return Object.keys(acct?.groups ?? {});
    case 'role-name':
      return Object.keys(acct?.roles ?? {});
    case 'instance-profile-name':
      return Object.keys(acct?.instanceProfiles ?? {});
    case 'policy-arn':
    case 'permissions-boundary':
    case 'policy-arns':
      return managedArns();
    case 'role-arn':
      return all.flatMap((a) => Object.values(a.roles).map((r) => r.arn));
    case 'principal-arn':
      return all.flatMap((a) =>
        Object.values(a.identityProviders)
          .filter((p) => p.kind === 'saml')
          .map((p) => p.arn),
      );
    case 'policy-source-arn':
    case 'caller-arn':
    case 'as':
      return [
        ...all.map((a) => `arn:aws:iam::${a.id}:root`),
        ...all.flatMap((a) => Object.values(a.users).map((u) => u.arn)),
        ...all.flatMap((a) => Object.values(a.roles).map((r) => r.arn)),
        ...(option === 'policy-source-arn' ? all.flatMap((a) => Object.values(a.groups).map((g) => g.arn)) : []),
        ...Object.keys(world.sessions),
      ];
    case 'serial-number':
      // MFA devices (get-session-token, assume-role, enable-mfa-device): every user's and root user's.
      return all.flatMap((a) => [a.root, ...Object.values(a.users)].flatMap((h) => Object.keys(h.mfaDevices)));
    case 'scope':
      return op?.name === 'list-policies' ? ['All', 'AWS', 'Local'] : undefined;
    case 'status':
      return ['Active', 'Inactive'];
    default:
      if (/document$|^policy$|token$|assertion$|^resource-policy$|^out$|^scenario$/.test(option)) return files();
      return undefined;
  }
}

/** Candidates for the word under the cursor. */
export function complete(line: string, cursor: number, sources: CompletionSources): Completion {
  const split = wordsBefore(line.slice(0, cursor));
  if (!split) return { from: cursor, prefix: '', candidates: [] };
  const { done, current } = split;
  const result = (candidates: Iterable<string>): Completion => ({
    from: current.start,
    prefix: current.text,
    candidates: [...new Set(candidates)].filter((c) => c.startsWith(current.text)).sort(),
  });

  // Positional words, the option the cursor may be the value of, the options already given.
  let words = done;
  const prefixed = words.length > 0 && (words[0].text === 'aws' || words[0].text === 'iam-lab');
  if (prefixed) words = words.slice(1);
  const positional: string[] = [];
  const used = new Set<string>();
  let valueOf: string | undefined;
  let account: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].text;
    if (w.startsWith('--')) {
      const name = w.slice(2).split('=')[0];
      used.add(name);
      valueOf = w.includes('=') || GLOBAL_FLAGS.has(name) ? undefined : name;
      if (GLOBAL_WITH_VALUE.has(name) && !w.includes('=') && i + 1 < words.length) {
        if (name === 'account') account = words[i + 1].text;
        i++;
        valueOf = undefined;
      }
      continue;
    }
    // A word after a command option is its value (list options take many); otherwise it is positional.
    if (valueOf === undefined) positional.push(w);
    else if (!LIST_OPTION.test(valueOf)) valueOf = undefined;
  }
  if (positional.length === 0 && !current.text.startsWith('-') && valueOf === undefined)
    return result(
      prefixed ? [...TERMINAL_SERVICES, EXPLAIN_ERROR] : [...TERMINAL_SERVICES, ...TERMINAL_BUILTINS, EXPLAIN_ERROR],
    );
  if (words[0]?.text === EXPLAIN_ERROR) {
    // Its flags take no value; --event and --scenario take a file, --sample a sample world's id.
    const last = words.length > 1 ? words[words.length - 1].text : '';
    const option = last.startsWith('--') && !last.includes('=') ? last.slice(2) : undefined;
    if (option && !EXPLAIN_ERROR_FLAGS.has(option) && !current.text.startsWith('-'))
      return result(
        option === 'sample' ? SAMPLE_WORLDS.map((w) => w.id) : (sources.files ?? []).map((f) => f.replace(/^\//, '')),
      );
    return result(
      current.text.startsWith('-') ? EXPLAIN_ERROR_OPTIONS.filter((o) => !used.has(o)).map((o) => `--${o}`) : [],
    );
  }
  const service = positional[0];
  if ((service === 'cat' || service === 'rm') && !current.text.startsWith('-'))
    return result((sources.files ?? []).map((f) => f.replace(/^\//, '')));
  if (service !== undefined && !TERMINAL_SERVICES.includes(service)) return result([]);
  const ops = service === undefined ? [] : operationsOf(service);
  if (positional.length === 1 && !current.text.startsWith('-') && valueOf === undefined)
    return result(ops.map((o) => o.name));
  const op = ops.find((o) => o.name === positional[1]);

  if (current.text.startsWith('-') || (op && current.text === '' && valueOf === undefined)) {
    const own = op ? [...op.required, ...op.optional] : [];
    // Globals the terminal sets itself or accepts only for compatibility are not offered.
    const globals = [...GLOBAL_WITH_VALUE, ...GLOBAL_FLAGS].filter((g) => !QUIET_GLOBALS.has(g));
    return result([...own, ...globals].filter((o) => !used.has(o)).map((o) => `--${o}`));
  }
  if (valueOf !== undefined) {
    const values = optionValues(valueOf, op, sources, account ?? defaultAccountId(sources.world));
    return result(values ?? []);
  }
  return result([]);
}

/** The line after pressing Tab, and the candidates to print (several that the common prefix cannot settle). */
export interface TabOutcome {
  line: string;
  cursor: number;
  /** Candidates to list under the prompt, or empty. */
  shown: string[];
}

/** The longest prefix every candidate shares. */
export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Applies a completion as a shell does: one candidate is inserted with a space; several extend to their common prefix. */
export function applyCompletion(line: string, cursor: number, c: Completion): TabOutcome {
  if (c.candidates.length === 0) return { line, cursor, shown: [] };
  const single = c.candidates.length === 1;
  const insert = single ? `${c.candidates[0]}${c.candidates[0].endsWith('/') ? '' : ' '}` : commonPrefix(c.candidates);
  const rest = line.slice(cursor);
  const before = line.slice(0, c.from);
  const next = before + insert + (single && rest.startsWith(' ') ? rest.slice(1) : rest);
  return { line: next, cursor: before.length + insert.length, shown: single ? [] : c.candidates };
}

/** Candidates laid out in columns, as a shell prints them (`width` characters a row). */
export function formatCandidates(candidates: readonly string[], width = 100): string {
  if (candidates.length === 0) return '';
  const col = Math.max(...candidates.map((c) => c.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / col));
  const rows = Math.ceil(candidates.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    // Column-major like ls: down first, then across.
    for (let c = 0; c < perRow; c++) {
      const item = candidates[c * rows + r];
      if (item !== undefined) cells.push(item.padEnd(col));
    }
    lines.push(cells.join('').trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
