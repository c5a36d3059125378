/**
 * Every task of every built-in lesson can be done by hand in the terminal: each solution command is typed as the
 * command line its SDK equivalent names (shared/sdk, the same line the inspector shows), web identity and SAML sign-ins
 * go through the simulated identity provider (`idp token` / `idp saml-assertion`), the clock through `lab`; the lines
 * run in the terminal session against the lesson's world, and the task's checks must then pass — as in the replay.
 * The one exception is AWS's own: the root user's MFA device is assigned in the console only.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSON_DOCUMENTS } from '../../../shared/lessons/content';
import { parseLesson } from '../../../shared/lessons/lesson-check';
import type { LessonCommand } from '../../../shared/lessons/lesson-types';
import { checkTask, startWorld } from '../../../shared/lessons/checks/task-flow';
import { applyLessonCommands } from '../../../shared/lessons/world-bridge';
import { equivalentsOf } from '../../../shared/sdk';
import { runTerminalLine } from '../../../shared/terminal/session';
import { MemoryFs } from '../../../shared/terminal/vfs';
import type { World } from '../../../shared/world/types';

/** Commands AWS offers no command line for (done in the console); the test applies them directly. */
const CONSOLE_ONLY = (c: LessonCommand) => c.type === 'enable-mfa-device' && c.userName === undefined;

/** The claims a role's trust policy wants for a GitHub token: repository and branch from its `sub` condition. */
function githubRun(world: World, roleArn: string): string {
  const acct = roleArn.split(':')[4];
  const role = world.accounts[acct].roles[roleArn.slice(roleArn.lastIndexOf('/') + 1)];
  const text = typeof role.trustPolicy === 'string' ? role.trustPolicy : JSON.stringify(role.trustPolicy);
  const m = /repo:([\w.-]+\/[\w.-]+):ref:refs\/heads\/([\w./-]+)"/.exec(text);
  if (!m) throw new Error(`no GitHub sub in the trust policy of ${roleArn}`);
  return `--repo ${m[1]} --branch ${m[2]}`;
}

/** The terminal lines that do one solution command. */
function linesFor(c: LessonCommand, world: World): string[] {
  const acct = c.account ? ` --account ${c.account}` : '';
  if (c.type === 'advance-clock') return [`lab advance-clock --seconds ${c.seconds}`];
  if (c.type === 'set-clock') return [`lab set-clock --time ${c.time}`];
  if (c.type === 'assume-role' && c.via === 'web-identity')
    return [
      `idp token --provider github ${githubRun(world, c.roleArn)} --out token.jwt`,
      `sts assume-role-with-web-identity --role-arn ${c.roleArn} --role-session-name ${c.roleSessionName} --web-identity-token file://token.jwt`,
    ];
  if (c.type === 'assume-role' && c.via === 'saml') {
    // A role with a path (Identity Center's aws-reserved/…) is named directly; others through an AWS-<acct>-<Role> group.
    const roleName = c.roleArn.slice(c.roleArn.indexOf(':role/') + ':role/'.length);
    const grant = roleName.includes('/')
      ? `--roles ${c.roleArn}`
      : `--groups AWS-${c.roleArn.split(':')[4]}-${roleName}`;
    return [
      `idp saml-assertion --user ${c.roleSessionName} --email ${c.roleSessionName} ${grant} --saml-provider-arn ${c.providerArn} --out a.b64`,
      `sts assume-role-with-saml --role-arn ${c.roleArn} --principal-arn ${c.providerArn} --saml-assertion file://a.b64`,
    ];
  }
  const eq = equivalentsOf(c);
  if (!eq) throw new Error(`no command line for ${c.type}`);
  let line = eq.cli
    .replace(/^aws /, '')
    .replace("'<root-id>'", world.organization?.rootId ?? 'r-none')
    .replace(/'<arn:aws:iam::ACCOUNT:mfa\/([\w+=,.@-]+)>'/, `arn:aws:iam::${c.account}:mfa/$1`);
  if (c.type === 'assume-role' && c.callerArn) line += ` --as ${c.callerArn}`;
  return [`${line}${acct}`];
}

const lessons = BUILTIN_LESSON_DOCUMENTS.map((d) => {
  const r = parseLesson(d);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.lesson;
});

describe('every lesson task by hand in the terminal', () => {
  for (const lesson of lessons) {
    it(lesson.id, async () => {
      const start = startWorld(lesson);
      if (!start.ok) throw new Error(start.error.code);
      let world = start.world;
      const fs = new MemoryFs();
      for (const [i, step] of lesson.steps.entries()) {
        if (step.kind !== 'task') continue;
        for (const c of step.solution) {
          if (CONSOLE_ONLY(c)) {
            const r = applyLessonCommands(world, [c]);
            if (!r.ok) throw new Error(r.code);
            world = r.world;
            continue;
          }
          for (const line of linesFor(c, world)) {
            let err = '';
            const o = await runTerminalLine(line, {
              fs,
              world,
              sink: (s, t) => (s === 'stderr' ? (err += t) : undefined),
            });
            expect(err, `${lesson.id} ${step.id}: ${line}`).toBe('');
            expect(o.exitCode, `${lesson.id} ${step.id}: ${line}`).toBe(0);
            if (o.world) world = o.world;
          }
        }
        const done = checkTask(world, step, `steps[${i}]`);
        expect(done.pass, `${lesson.id} ${step.id} after the terminal lines`).toBe(true);
      }
    });
  }
});
