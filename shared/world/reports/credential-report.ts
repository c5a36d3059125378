/**
 * The IAM credential report of an account, computed from the world: one row per IAM user plus the root user, with
 * the columns AWS's CSV report has for passwords, MFA and the two access keys (certificate columns left out), and
 * the same placeholder words (`N/A`, `no_information`, `not_supported`). `reviewCredentials` turns rows into the
 * clean-up list an administrator reads the report for. Time comes from the caller.
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html)
 */
import type { AccessKey, Account } from '../types';

/** One row of the report, column name → value, in AWS's column order. */
export type CredentialReportRow = ReadonlyMap<string, string>;

/** The report's columns, in order. */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_service',
] as const;

function keyColumns(keys: AccessKey[]): [string, string][] {
  const out: [string, string][] = [];
  for (const n of [1, 2]) {
    const k = keys[n - 1];
    out.push(
      [`access_key_${n}_active`, k ? String(k.status === 'Active') : 'false'],
      [`access_key_${n}_last_rotated`, k ? k.createDate : 'N/A'],
      [`access_key_${n}_last_used_date`, k?.lastUsed?.date ?? 'N/A'],
      [`access_key_${n}_last_used_service`, k?.lastUsed?.service ?? 'N/A'],
    );
  }
  return out;
}

/** Keys in creation order (the report's key 1 is the older one). */
function orderedKeys(keys: Record<string, AccessKey>): AccessKey[] {
  return Object.values(keys).sort((a, b) => a.createDate.localeCompare(b.createDate) || a.id.localeCompare(b.id));
}

/** The credential report of one account: the root user first, then the IAM users by name. */
export function credentialReport(account: Account): CredentialReportRow[] {
  const root = new Map<string, string>([
    ['user', '<root_account>'],
    ['arn', account.root.arn],
    ['user_creation_time', 'N/A'],
    ['password_enabled', 'not_supported'],
    ['password_last_used', account.root.hasPassword ? 'no_information' : 'N/A'],
    ['mfa_active', String(Object.keys(account.root.mfaDevices).length > 0)],
    ...keyColumns(orderedKeys(account.root.accessKeys)),
  ]);
  const users = Object.values(account.users)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (u) =>
        new Map<string, string>([
          ['user', u.name],
          ['arn', u.arn],
          ['user_creation_time', u.createDate],
          ['password_enabled', String(u.loginProfile !== undefined)],
          ['password_last_used', u.loginProfile ? (u.loginProfile.passwordLastUsed ?? 'no_information') : 'N/A'],
          ['mfa_active', String(Object.keys(u.mfaDevices).length > 0)],
          ...keyColumns(orderedKeys(u.accessKeys)),
        ]),
    );
  return [root, ...users];
}

/** The report as AWS's CSV text (header line, one line per row). */
export function credentialReportCsv(rows: readonly CredentialReportRow[]): string {
  const lines = [CREDENTIAL_REPORT_COLUMNS.join(',')];
  for (const r of rows) lines.push(CREDENTIAL_REPORT_COLUMNS.map((c) => r.get(c) ?? 'N/A').join(','));
  return `${lines.join('\n')}\n`;
}

/** One thing to clean up, named after the row and the column that shows it. */
export interface CredentialIssue {
  user: string;
  issue:
    | 'root-access-key'
    | 'root-without-mfa'
    | 'password-without-mfa'
    | 'password-unused'
    | 'access-key-unused'
    | 'access-key-not-rotated';
  /** `1` or `2` for key issues. */
  key?: 1 | 2;
}

const DAY_MS = 86_400_000;
const older = (iso: string, now: string, days: number): boolean =>
  Number.isFinite(Date.parse(iso)) && Date.parse(now) - Date.parse(iso) > days * DAY_MS;

/**
 * What a reviewer flags in the report at `now`: root keys and root without MFA; console passwords without MFA or not
 * used for `unusedDays` (a never-used password counts from the user's creation); active keys not used for
 * `unusedDays` (from their creation when never used) or older than `rotateDays`.
 */
export function reviewCredentials(
  rows: readonly CredentialReportRow[],
  now: string,
  unusedDays = 90,
  rotateDays = 90,
): CredentialIssue[] {
  const out: CredentialIssue[] = [];
  for (const r of rows) {
    const user = r.get('user') ?? '';
    const isRoot = user === '<root_account>';
    if (isRoot && r.get('mfa_active') !== 'true') out.push({ user, issue: 'root-without-mfa' });
    if (!isRoot && r.get('password_enabled') === 'true') {
      if (r.get('mfa_active') !== 'true') out.push({ user, issue: 'password-without-mfa' });
      const used = r.get('password_last_used') ?? 'N/A';
      const since = /^\d/.test(used) ? used : (r.get('user_creation_time') ?? '');
      if (older(since, now, unusedDays)) out.push({ user, issue: 'password-unused' });
    }
    for (const n of [1, 2] as const) {
      if (r.get(`access_key_${n}_active`) !== 'true') continue;
      if (isRoot) {
        out.push({ user, issue: 'root-access-key', key: n });
        continue;
      }
      const rotated = r.get(`access_key_${n}_last_rotated`) ?? '';
      const used = r.get(`access_key_${n}_last_used_date`) ?? 'N/A';
      if (older(/^\d/.test(used) ? used : rotated, now, unusedDays))
        out.push({ user, issue: 'access-key-unused', key: n });
      if (older(rotated, now, rotateDays)) out.push({ user, issue: 'access-key-not-rotated', key: n });
    }
  }
  return out;
}
