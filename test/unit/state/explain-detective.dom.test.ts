/**
 * The #16 UI state over a real app: "Explain an AWS error" replays a pasted message in the world on screen and stops
 * at the deciding gate with the verdict shown; detective practice generates a set, reveals cost points, and the
 * engine grades an answer given by the same choices the screen offers.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browserHost';
import { AppSession } from '../../../renderer/src/session/appSession.svelte';
import { fixWorks } from '../../../renderer/src/practice/detective/rounds';
import { generatePuzzles } from '../../../shared/lessons/practice/detective';
import { PRACTICE_WORLDS } from '../../../shared/lessons/practice/generate';
import { useMemoryStorage } from '../ipc/fakeStorage';

useMemoryStorage();

const BOB =
  'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv" because no identity-based policy allows the s3:GetObject action';

async function startApp(): Promise<AppSession> {
  const host = createBrowserHost('0.0.0', () => new Date('2026-06-01T10:00:00.000Z'), {
    open: async () => ({ ok: true, value: null }),
    save: async () => ({ ok: true, value: { saved: true, name: 'x' } }),
  });
  const app = new AppSession(host, { saveDelayMs: 1 });
  await app.start();
  flushSync();
  return app;
}

describe('Explain an AWS error', () => {
  it('replays bob reading the welcome object at the deciding gate, verdict shown, world agreeing', async () => {
    const app = await startApp();
    const ev = app.evaluate;
    ev.enter();
    ev.explain.input = `An error occurred (AccessDenied) when calling the GetObject operation: ${BOB}`;
    ev.explain.explain();
    flushSync();
    const s = ev.explain.summary!;
    expect(s.agreement).toMatchObject({ agrees: true, code: 'denial.agree' });
    expect(s.rows.find((r) => r.label === 'Principal')?.value).toBe('arn:aws:iam::111122223333:user/bob');
    expect(s.rows.find((r) => r.label === 'Policy type')?.value).toBe('identity-based policy');
    expect(ev.draft.principal).toBe('arn:aws:iam::111122223333:user/bob');
    expect(ev.player.script?.final.decision).toBe('implicitDeny');
    expect(ev.player.index).toBe(ev.player.decisive);
    expect(ev.player.current?.frame.decisive).toBe(true);
    expect(ev.player.verdictShown).toBe(true);
    expect(ev.player.playing).toBe(false);
  });

  it('says plainly when AWS names an SCP the world does not have, and still replays', async () => {
    const app = await startApp();
    const ev = app.evaluate;
    ev.enter();
    ev.explain.input = BOB.replace(
      'because no identity-based policy allows the s3:GetObject action',
      'with an explicit deny in a service control policy',
    );
    ev.explain.explain();
    expect(ev.explain.summary!.agreement).toMatchObject({ agrees: false, code: 'denial.world-has-no-scps' });
    expect(ev.explain.summary!.agreement!.text).toContain('this world has no SCP');
    expect(ev.player.script?.final.decision).toBe('implicitDeny');
  });

  it('shows what it could not read, and leaves the theatre alone', async () => {
    const app = await startApp();
    const ev = app.evaluate;
    ev.enter();
    ev.explain.input = 'Something went wrong';
    ev.explain.explain();
    const s = ev.explain.summary!;
    expect(s.replayable).toBe(false);
    expect(s.problems.map((p) => p.code)).toContain('denial.not-recognised');
    expect(ev.player.script).toBeNull();
  });
});

describe('Detective practice', () => {
  it('generates a set, charges reveals, and grades an answer with the engine', async () => {
    const app = await startApp();
    const ds = app.detective;
    ds.start(3);
    await vi.waitFor(() => expect(ds.phase).toBe('playing'), { timeout: 20_000, interval: 20 });
    expect(ds.rounds).toHaveLength(3);
    // Puzzles are taken in turn from each world: three different worlds.
    expect(new Set(ds.rounds.map((r) => r.setup.puzzle.worldId)).size).toBe(3);
    const r = ds.round!;
    expect(r.setup.puzzle.worldId).toBe('welcome');
    const sol = r.setup.puzzle.solution;
    ds.reveal('identity-policies');
    ds.setAnswer({ policyType: sol.policyType });
    const key = sol.statements.length ? `${sol.statements[0].policyId}#${sol.statements[0].statementIndex}` : 'none';
    expect(r.setup.statements.map((s) => s.key)).toContain(key);
    ds.setAnswer({ statementKey: key });
    // Among the offered fixes: at least one works, and at least one does not (a distractor or too little).
    const works = r.setup.fixes.filter((f) => fixWorks(r.setup.world, r.setup.puzzle, f.command));
    expect(works.length).toBeGreaterThan(0);
    const minimal = works.find((f) => f.label.includes('AllowS3'));
    expect(minimal).toBeDefined();
    ds.setAnswer({ fixKey: minimal!.key });
    ds.submit();
    const g = ds.round!.grade!;
    expect(g.policyType.correct).toBe(true);
    expect(g.statement.correct).toBe(true);
    expect(g.fix.code).toBe('practice.fix-minimal');
    expect(g.points).toBe(10);
    expect(ds.round!.score).toBe(8); // the identity policies cost 2
    ds.next();
    expect(ds.current).toBe(1);
    // A wrong type and no fix: only what is right counts.
    ds.setAnswer({ policyType: ds.round!.setup.puzzle.solution.policyType === 'scp' ? 'identity' : 'scp' });
    ds.submit();
    expect(ds.round!.grade!.policyType.correct).toBe(false);
    expect(ds.round!.grade!.fix.code).toBe('practice.fix-missing');
    ds.next();
    ds.next();
    expect(ds.phase).toBe('results');
    expect(ds.total.max).toBe(30);
    expect(ds.total.points).toBeGreaterThanOrEqual(8);
  });
});

describe('Explain an AWS error in another world', () => {
  it('a live session denied by its session policy replays as that session, at the session gate', async () => {
    const app = await startApp();
    const pw = PRACTICE_WORLDS.find((w) => w.id === 'cross-account-practice')!;
    const world = pw.build();
    const puzzle = generatePuzzles(world, pw.id).find((p) => p.solution.policyType === 'session')!;
    expect(puzzle.replay.principal).toMatch(/:assumed-role\//);
    app.sandbox.store.load(world);
    const ev = app.evaluate;
    ev.enter();
    ev.explain.input = puzzle.message;
    ev.explain.explain();
    expect(ev.explain.summary!.agreement).toMatchObject({ agrees: true, code: 'denial.agree' });
    expect(ev.draft.principal).toBe(puzzle.replay.principal);
    expect(ev.player.script?.final.reason).toBe('decision.session-no-allow');
    expect(ev.player.verdictShown).toBe(true);
  });
});
