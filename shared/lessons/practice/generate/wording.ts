/**
 * Words for generated questions: the principal, the resource, the request context, and the policy names, in plain
 * markdown-lite (names and ARNs in `code`, never HTML).
 */
import type { EvaluationRequest, PolicyInput } from '../../../iam/request';
import type { PolicyKind, StatementRef } from '../../../iam/result';
import type { PracticePrincipal } from './scenarios';

/** Wraps ARN-like tokens of a narrated sentence in code spans, so `*` and `_` in them never read as emphasis. */
export function codeify(sentence: string): string {
  return sentence
    .split(' ')
    .map((token) => {
      const m = /^([("]*)(.*?)([.,;:)"]*)$/.exec(token);
      if (!m || m[2] === '' || m[2].includes('`') || !/[:*/]/.test(m[2])) return token;
      return `${m[1]}\`${m[2]}\`${m[3]}`;
    })
    .join(' ');
}

/** How each policy kind is called in explanations. */
export const POLICY_KIND_LABEL: Record<PolicyKind, string> = {
  identity: 'the identity-based policy',
  resource: 'the resource-based policy',
  trust: 'the role trust policy',
  boundary: 'the permissions boundary',
  scp: 'the SCP',
  rcp: 'the RCP',
  session: 'the session policy',
};

/** Every policy input of a request with the kind it plays. */
export function policiesOf(request: EvaluationRequest): { kind: PolicyKind; input: PolicyInput; level?: string }[] {
  const p = request.policies;
  const out: { kind: PolicyKind; input: PolicyInput; level?: string }[] = [];
  for (const input of p.identity ?? []) out.push({ kind: 'identity', input });
  if (p.resource) out.push({ kind: 'resource', input: p.resource });
  if (p.trust) out.push({ kind: 'trust', input: p.trust });
  if (p.boundary) out.push({ kind: 'boundary', input: p.boundary });
  for (const input of p.session ?? []) out.push({ kind: 'session', input });
  for (const lvl of p.scps ?? []) for (const input of lvl.policies) out.push({ kind: 'scp', input, level: lvl.id });
  for (const lvl of p.rcps ?? []) for (const input of lvl.policies) out.push({ kind: 'rcp', input, level: lvl.id });
  return out;
}

/** The display name of a policy (its `name`, else its id). */
export function policyName(input: PolicyInput): string {
  return input.name ?? input.id;
}

/** The name of the policy a statement reference points at. */
export function refPolicyName(request: EvaluationRequest, ref: StatementRef): string {
  const found = policiesOf(request).find(
    (p) =>
      p.kind === ref.policyKind && p.input.id === ref.policyId && (!ref.level || !p.level || p.level === ref.level),
  );
  return found ? policyName(found.input) : ref.policyId;
}

/** "statement "Sid"" or "statement #2". */
export function statementLabel(ref: StatementRef): string {
  return ref.sid ? `statement \`${ref.sid}\`` : `statement #${ref.statementIndex}`;
}

function resourceAccount(request: EvaluationRequest): string | undefined {
  return request.resource.account ?? /^arn:aws:[^:]*:[^:]*:(\d{12}):/.exec(request.resource.arn)?.[1];
}

/** Who calls, in words. */
export function describePrincipal(p: PracticePrincipal, request: EvaluationRequest): string {
  const acct = `\`${p.account}\``;
  const hasSessionPolicy = (request.policies.session ?? []).length > 0;
  switch (p.kind) {
    case 'root':
      return `The **root user** of account ${acct}`;
    case 'user': {
      const groups = p.groups?.length ? ` (member of ${p.groups.map((g) => `\`${g}\``).join(', ')})` : '';
      return `**${p.label}**, an IAM user in account ${acct}${groups},`;
    }
    case 'role-session':
      return `A session of the role **${p.roleName}** in account ${acct} (obtained with \`sts:AssumeRole\`)`;
    case 'live-session':
      return `The role session **${p.sessionName}** of **${p.roleName}** in account ${acct}${hasSessionPolicy ? ', created with a session policy,' : ''}`;
    case 'web-identity-session':
      return `The session **${p.sessionName}** of role **${p.roleName}** in account ${acct}, obtained with \`sts:AssumeRoleWithWebIdentity\` (OIDC federation),`;
    case 'saml-session':
      return `The session **${p.sessionName}** of role **${p.roleName}** in account ${acct}, obtained with \`sts:AssumeRoleWithSAML\` (SAML federation),`;
    case 'ec2-instance':
      return `Code on the EC2 instance \`${p.label}\` in account ${acct}, using the temporary credentials of its instance role **${p.roleName}**,`;
  }
}

/** What is acted on, in words (with the owning account when it differs). */
export function describeResource(request: EvaluationRequest, principalAccount: string): string {
  if (request.resource.arn === '*') return 'with resource `*` (the action is not tied to one resource)';
  const owner = resourceAccount(request);
  const where =
    owner === undefined || owner === principalAccount ? '' : `, which belongs to another account, \`${owner}\``;
  return `on \`${request.resource.arn}\`${where}`;
}

/** Sentences about the request context and MFA, and the organization facts the learner needs. */
export function describeContext(request: EvaluationRequest): string[] {
  const out: string[] = [];
  const ctx = request.context ?? {};
  const policiesText = JSON.stringify(request.policies);
  const principal = request.principal;
  if (principal.kind !== 'anonymous') {
    if (principal.mfa?.present) {
      const mins = principal.mfa.ageSeconds !== undefined ? Math.round(principal.mfa.ageSeconds / 60) : undefined;
      out.push(`The caller signed in with MFA${mins !== undefined ? ` ${mins} minutes ago` : ''}.`);
    } else if (/MultiFactorAuth/i.test(policiesText)) {
      out.push('The request is signed with long-term access keys, so it carries no MFA information.');
    }
  }
  if (ctx['aws:SourceIp'] !== undefined) out.push(`It comes from the IP address \`${String(ctx['aws:SourceIp'])}\`.`);
  if (ctx['aws:RequestedRegion'] !== undefined)
    out.push(`It is made in the region \`${String(ctx['aws:RequestedRegion'])}\`.`);
  if (ctx['aws:SecureTransport'] !== undefined)
    out.push(
      ctx['aws:SecureTransport'] === true ? 'It is sent over HTTPS (TLS).' : 'It is sent over plain HTTP, without TLS.',
    );
  if (principal.kind !== 'anonymous' && principal.org && request.policies.scps) {
    out.push(
      principal.org.isManagementAccount
        ? `Account \`${principal.account}\` is the management account of an organization that uses SCPs.`
        : `Account \`${principal.account}\` is a member of an organization that uses SCPs.`,
    );
  }
  if (request.policies.rcps && request.resource.org) {
    out.push(
      request.resource.org.isManagementAccount
        ? 'The resource is in the management account of an organization that uses RCPs.'
        : 'The resource is in a member account of an organization that uses RCPs.',
    );
  }
  return out;
}

/** How each policy kind is listed in a prompt (plural forms for several). */
const PROMPT_KIND: Record<PolicyKind, [string, string]> = {
  identity: ['identity-based policy', 'identity-based policies'],
  resource: ['resource-based policy', 'resource-based policies'],
  trust: ['trust policy', 'trust policies'],
  boundary: ['permissions boundary', 'permissions boundaries'],
  scp: 'SCP SCPs'.split(' ') as [string, string],
  rcp: 'RCP RCPs'.split(' ') as [string, string],
  session: ['session policy', 'session policies'],
};

/** " (statements `A`, `B`)" from the statement Sids, or " (3 statements)" when some have none. */
function statementSummary(input: PolicyInput): string {
  const doc = typeof input.document === 'string' ? safeParse(input.document) : input.document;
  const st =
    doc && typeof doc === 'object' && 'Statement' in doc ? (doc as { Statement: unknown }).Statement : undefined;
  const list = Array.isArray(st) ? st : st === undefined ? [] : [st];
  if (list.length === 0) return '';
  const sids = list.map((x) => (x && typeof x === 'object' && 'Sid' in x ? String((x as { Sid: unknown }).Sid) : ''));
  if (sids.every((x) => x !== ''))
    return ` (statement${sids.length > 1 ? 's' : ''} ${sids.map((x) => `\`${x}\``).join(', ')})`;
  return list.length === 1 ? ' (1 statement)' : ` (${list.length} statements)`;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One sentence naming the policies in play by kind ("In play: identity-based policies `A`, `B`; SCP `C`."). */
export function describePolicies(request: EvaluationRequest): string {
  const byKind = new Map<PolicyKind, string[]>();
  for (const p of policiesOf(request)) {
    const names = byKind.get(p.kind) ?? [];
    names.push(`\`${policyName(p.input)}\`${statementSummary(p.input)}`);
    byKind.set(p.kind, names);
  }
  if (byKind.size === 0) return 'No policy applies to the request.';
  const parts = [...byKind.entries()].map(
    ([kind, names]) => `${PROMPT_KIND[kind][names.length === 1 ? 0 : 1]} ${names.join(', ')}`,
  );
  return `In play: ${parts.join('; ')}.`;
}
