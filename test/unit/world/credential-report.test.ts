/** The credential report model, read on lesson 32's world (the lesson's prose shows the same rows). */
import { describe, expect, it } from 'vitest';
import lesson32 from '../../../shared/lessons/content/32-credential-report.json';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import { worldAtStep } from '../../../shared/lessons/checks/task-flow';
import {
  CREDENTIAL_REPORT_COLUMNS,
  credentialReport,
  credentialReportCsv,
  reviewCredentials,
} from '../../../shared/world/reports/credential-report';
import { unusedAccessFindings } from '../../../shared/iam/analyzer';

const parsed = parseLesson(lesson32);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
const lesson = parsed.lesson;
const A = '111122223333';

function worldAt(step: number) {
  const w = worldAtStep(lesson, step);
  if (!w.ok) throw new Error(w.error.code);
  return w.world;
}

describe('credential report', () => {
  const world = worldAt(0);
  const rows = credentialReport(world.accounts[A]);

  it('has the root user first, then users by name, with AWS placeholder words', () => {
    expect(rows.map((r) => r.get('user'))).toEqual(['<root_account>', 'alice', 'ci-bot', 'old-contractor']);
    expect(rows[0].get('password_enabled')).toBe('not_supported');
    expect(rows[0].get('access_key_1_active')).toBe('true');
    expect(rows[1].get('mfa_active')).toBe('true');
    expect(rows[2].get('password_enabled')).toBe('false');
    expect(rows[3].get('access_key_1_last_used_date')).toBe('N/A');
    expect(rows[3].get('access_key_2_active')).toBe('false');
  });

  it('renders AWS CSV columns', () => {
    const csv = credentialReportCsv(rows).split('\n');
    expect(csv[0]).toBe(CREDENTIAL_REPORT_COLUMNS.join(','));
    expect(csv[1].startsWith(`<root_account>,arn:aws:iam::${A}:root,N/A,not_supported,`)).toBe(true);
    expect(csv).toHaveLength(rows.length + 2);
  });

  it('the review flags what the lesson asks to clean up', () => {
    const issues = reviewCredentials(rows, world.clock).map((i) => `${i.user} ${i.issue}${i.key ? ` ${i.key}` : ''}`);
    expect(issues).toEqual([
      '<root_account> root-without-mfa',
      '<root_account> root-access-key 1',
      'old-contractor password-without-mfa',
      'old-contractor password-unused',
      'old-contractor access-key-unused 1',
      'old-contractor access-key-not-rotated 1',
    ]);
  });

  it('after task 1 only root MFA is left to fix', () => {
    const after = worldAt(3);
    expect(reviewCredentials(credentialReport(after.accounts[A]), after.clock)).toEqual([
      { user: '<root_account>', issue: 'root-without-mfa' },
    ]);
  });

  it('the last-accessed data of the lesson makes DynamoDB and IAM unused for ci-bot', () => {
    const bot = `arn:aws:iam::${A}:user/ci-bot`;
    const advisor = new Map([[bot, new Map([['s3', world.clock]])]]);
    const findings = unusedAccessFindings(world, { now: world.clock, unusedDays: 90, serviceLastAccessed: advisor });
    expect(findings.filter((f) => f.arn === bot).map((f) => f.detail)).toEqual(['dynamodb', 'iam']);
  });
});
