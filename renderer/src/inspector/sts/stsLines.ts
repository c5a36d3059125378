/**
 * The command lines the STS forms run (through the terminal's interpreter, see terminal/runLine.ts): switch role,
 * web identity, SAML and session tokens. Pure string building, so the line a form shows is exactly the line it runs
 * and the learner can type it in the terminal.
 */
import { shellQuote } from '../../terminal/runLine';

/** The switch-role (AssumeRole) form's fields. */
export interface AssumeRoleFields {
  callerArn: string;
  roleArn: string;
  sessionName: string;
  durationSeconds?: number;
  externalId?: string;
  sourceIdentity?: string;
  /** MFA: the device serial and the code it shows. */
  serialNumber?: string;
  tokenCode?: string;
  /** `key=value` per line. */
  tags?: string;
  /** True when a session policy is passed (as `file://session-policy.json`). */
  sessionPolicy?: boolean;
}

/** `Key=k,Value=v` words for `--tags`, from `k=v` lines (blank lines skipped). */
export function tagWords(lines: string): string[] {
  return lines
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes('='))
    .map((l) => {
      const i = l.indexOf('=');
      return shellQuote(`Key=${l.slice(0, i).trim()},Value=${l.slice(i + 1).trim()}`);
    });
}

const opt = (name: string, value: string | number | undefined): string =>
  value === undefined || value === '' ? '' : ` --${name} ${shellQuote(String(value))}`;

/** `aws sts assume-role …` as the caller (`--as`). */
export function assumeRoleLine(f: AssumeRoleFields): string {
  const tags = f.tags ? tagWords(f.tags) : [];
  return (
    `aws sts assume-role --as ${shellQuote(f.callerArn)} --role-arn ${shellQuote(f.roleArn)} --role-session-name ${shellQuote(f.sessionName)}` +
    opt('duration-seconds', f.durationSeconds) +
    opt('external-id', f.externalId) +
    opt('source-identity', f.sourceIdentity) +
    (f.serialNumber ? opt('serial-number', f.serialNumber) + opt('token-code', f.tokenCode) : '') +
    (tags.length > 0 ? ` --tags ${tags.join(' ')}` : '') +
    (f.sessionPolicy ? ' --policy file://session-policy.json' : '')
  );
}

/** The get-session-token form's fields. */
export interface SessionTokenFields {
  /** The IAM user or root user calling with its long-term credentials. */
  callerArn: string;
  /** As typed: the interpreter refuses what is not a whole number, as the AWS CLI does. */
  durationSeconds?: number | string;
  /** MFA: the device serial and the code it shows. */
  serialNumber?: string;
  tokenCode?: string;
}

/** `aws sts get-session-token …` as the caller (`--as`), with MFA when a device is chosen. */
export function sessionTokenLine(f: SessionTokenFields): string {
  return (
    `aws sts get-session-token --as ${shellQuote(f.callerArn)}` +
    opt('duration-seconds', f.durationSeconds) +
    (f.serialNumber ? opt('serial-number', f.serialNumber) + opt('token-code', f.tokenCode) : '')
  );
}

/** The simulated provider's sign-in: which provider and the claims the learner chose. */
export type TokenRequest =
  | { provider: 'github'; repo: string; trigger: 'branch' | 'tag' | 'environment'; ref: string }
  | { provider: 'google'; clientId: string; userId: string; email?: string };

/** `idp token …`: a web identity token from the simulated provider. */
export function tokenLine(r: TokenRequest): string {
  if (r.provider === 'github')
    return `idp token --provider github --repo ${shellQuote(r.repo)} --${r.trigger} ${shellQuote(r.ref)}`;
  return `idp token --provider google --client-id ${shellQuote(r.clientId)} --user-id ${shellQuote(r.userId)}${opt('email', r.email)}`;
}

/** `aws sts assume-role-with-web-identity …` with a token. */
export function webIdentityLine(roleArn: string, sessionName: string, token: string, durationSeconds?: number): string {
  return `aws sts assume-role-with-web-identity --role-arn ${shellQuote(roleArn)} --role-session-name ${shellQuote(sessionName)} --web-identity-token ${shellQuote(token)}${opt('duration-seconds', durationSeconds)}`;
}

/** `idp saml-assertion …`: a SAML assertion for a directory user in some groups. */
export function samlAssertionLine(providerArn: string, user: string, groups: string[]): string {
  const g = groups.map((x) => x.trim()).filter(Boolean);
  return `idp saml-assertion --saml-provider-arn ${shellQuote(providerArn)} --user ${shellQuote(user)}${g.length ? ` --groups ${g.map(shellQuote).join(' ')}` : ''}`;
}

/** `aws sts assume-role-with-saml …` with an assertion. */
export function samlLine(roleArn: string, providerArn: string, assertion: string, durationSeconds?: number): string {
  return `aws sts assume-role-with-saml --role-arn ${shellQuote(roleArn)} --principal-arn ${shellQuote(providerArn)} --saml-assertion ${shellQuote(assertion)}${opt('duration-seconds', durationSeconds)}`;
}

/** The first JSON object a command printed (its AWS-shaped answer), or undefined. */
export function outputJson(stdout: string): Record<string, unknown> | undefined {
  const start = stdout.indexOf('{');
  if (start < 0) return undefined;
  // The answer is printed as indented JSON whose closing brace starts a line; notes may follow it.
  const end = stdout.indexOf('\n}', start);
  try {
    const v: unknown = JSON.parse(stdout.slice(start, end < 0 ? undefined : end + 2));
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
