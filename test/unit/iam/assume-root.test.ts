import { describe, expect, it } from 'vitest';
import lesson33 from '../../../shared/lessons/content/33-centralized-root.json';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import { worldAtStep } from '../../../shared/lessons/checks/task-flow';
import { applyLessonCommands } from '../../../shared/lessons/world-bridge';
import {
  checkAssumeRoot,
  MAX_ROOT_SESSION_SECONDS,
  ROOT_TASK_POLICIES,
} from '../../../shared/iam/root-access/assume-root';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';

const A = '111122223333';
const B = '444455556666';
const SEC = `arn:aws:iam::${A}:role/SecurityOps`;
const TP = (n: string) => `arn:aws:iam::aws:policy/root-task/${n}`;

const parsed = parseLesson(lesson33);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
/** Lesson 33's world after its first task: SecurityOps may open three kinds of root task. */
function world() {
  const w = worldAtStep(parsed.ok ? parsed.lesson : (undefined as never), 4);
  if (!w.ok) throw new Error(w.error.code);
  return w.world;
}
const on = { enabled: true };

describe('sts:AssumeRoot (centralized root access)', () => {
  const w = world();

  it('opens a session of at most 900 seconds scoped to the task policy', () => {
    const r = checkAssumeRoot(w, on, { callerArn: SEC, targetPrincipal: B, taskPolicyArn: TP('S3UnlockBucketPolicy') });
    expect(r).toMatchObject({ ok: true, sessionAccount: B, durationSeconds: MAX_ROOT_SESSION_SECONDS });
    if (r.ok) expect(r.taskPolicy).toBe(ROOT_TASK_POLICIES.get(TP('S3UnlockBucketPolicy')));
  });

  const refusals: [string, Parameters<typeof checkAssumeRoot>[1], Parameters<typeof checkAssumeRoot>[2], string][] = [
    [
      'feature off',
      { enabled: false },
      { callerArn: SEC, targetPrincipal: B, taskPolicyArn: TP('S3UnlockBucketPolicy') },
      'assume-root.not-enabled',
    ],
    [
      'root credentials',
      on,
      { callerArn: `arn:aws:iam::${A}:root`, targetPrincipal: B, taskPolicyArn: TP('S3UnlockBucketPolicy') },
      'assume-root.root-caller',
    ],
    [
      'a member account calling',
      on,
      {
        callerArn: `arn:aws:iam::${B}:root`.replace(':root', ':role/X'),
        targetPrincipal: B,
        taskPolicyArn: TP('S3UnlockBucketPolicy'),
      },
      'assume-root.caller-not-admin-account',
    ],
    [
      'the management account as target',
      on,
      { callerArn: SEC, targetPrincipal: A, taskPolicyArn: TP('S3UnlockBucketPolicy') },
      'assume-root.target-not-member',
    ],
    [
      'an account outside the organization',
      on,
      { callerArn: SEC, targetPrincipal: '999988887777', taskPolicyArn: TP('S3UnlockBucketPolicy') },
      'assume-root.target-not-member',
    ],
    [
      'a policy that is not a task policy',
      on,
      { callerArn: SEC, targetPrincipal: B, taskPolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      'assume-root.unknown-task-policy',
    ],
    [
      'more than 15 minutes',
      on,
      { callerArn: SEC, targetPrincipal: B, taskPolicyArn: TP('S3UnlockBucketPolicy'), durationSeconds: 3600 },
      'assume-root.duration-too-long',
    ],
    [
      'a task the IAM policy does not allow',
      on,
      { callerArn: SEC, targetPrincipal: B, taskPolicyArn: TP('IAMCreateRootUserPassword') },
      'assume-root.not-authorized',
    ],
  ];
  for (const [name, settings, input, code] of refusals)
    it(`refuses: ${name}`, () => expect(checkAssumeRoot(w, settings, input)).toEqual({ ok: false, code }));

  it('a delegated administrator account may call it too', () => {
    const r = applyLessonCommands(w, [
      { type: 'create-account', accountId: '555566667777', parentId: w.organization!.rootId },
      { type: 'create-user', account: '555566667777', userName: 'iam-admin' },
      {
        type: 'attach-policy',
        account: '555566667777',
        to: 'user',
        name: 'iam-admin',
        policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      },
    ]);
    if (!r.ok) throw new Error(r.code);
    const input = {
      callerArn: 'arn:aws:iam::555566667777:user/iam-admin',
      targetPrincipal: B,
      taskPolicyArn: TP('IAMAuditRootUserCredentials'),
    };
    expect(checkAssumeRoot(r.world, on, input).ok).toBe(false);
    expect(checkAssumeRoot(r.world, { enabled: true, delegatedAdminAccountId: '555566667777' }, input).ok).toBe(true);
  });

  it('the engine authorizes sts:AssumeRoot on the caller side only (no resource policy in the member account)', () => {
    const d = evaluate(
      {
        principal: { kind: 'user', account: A, arn: `arn:aws:iam::${A}:user/sec` },
        action: 'sts:AssumeRoot',
        resource: { arn: `arn:aws:iam::${B}:root` },
        policies: {
          identity: [
            {
              id: 'p',
              document: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRoot', Resource: `arn:aws:iam::${B}:root` }],
              },
            },
          ],
        },
      },
      { trace: false },
    );
    expect(d.decision).toBe('allowed');
  });
});
