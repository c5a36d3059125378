/**
 * The one replay player, driven by a fake clock: no test waits on real time. Play reaches the last step and stops,
 * pause stops the clock, stepping back shows exactly the earlier frame, speed shortens the step, predict mode stops at
 * a gate, the verdict waits for the decision step (or "show answer now"), and dispose stops it for good.
 */
import { describe, expect, it } from 'vitest';
import { welcomeWorld } from '../../../shared/world/samples';
import { buildScript, scriptFrameAt, type Prediction, type TheatreScript } from '../../../shared/theatre';
import { STEP_MS, TracePlayer } from '../../../renderer/src/state/tracePlayer.svelte';
import { FakeClock } from './fakeClock';

function aliceScript(action = 's3:GetObject'): TheatreScript {
  const r = buildScript(welcomeWorld(), {
    flow: 'call',
    principal: 'arn:aws:iam::111122223333:user/alice',
    action,
    resource: 'arn:aws:s3:::iam-lab-welcome-bucket/reports/q1.csv',
    env: {},
  });
  if (!r.ok) throw new Error(r.problem.code);
  return r.script;
}

function player(): { p: TracePlayer; clock: FakeClock } {
  const clock = new FakeClock();
  return { p: new TracePlayer({ clock }), clock };
}

describe('TracePlayer with a fake clock', () => {
  it('plays one step per interval to the last step, then stops and lets go of the clock', () => {
    const { p, clock } = player();
    const script = aliceScript();
    p.load(script);
    expect(script.events.length).toBeGreaterThan(5);
    p.play();
    expect(p.playing).toBe(true);
    clock.advance(STEP_MS - 1);
    expect(p.index).toBe(0);
    clock.advance(1);
    expect(p.index).toBe(1);
    clock.advance(STEP_MS * 2);
    expect(p.index).toBe(3);
    clock.advance(STEP_MS * script.events.length);
    expect(p.index).toBe(script.events.length - 1);
    expect(p.playing).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('pause stops the clock; play again carries on from there', () => {
    const { p, clock } = player();
    p.load(aliceScript());
    p.play();
    clock.advance(STEP_MS * 2);
    p.pause();
    expect(clock.pending).toBe(0);
    clock.advance(STEP_MS * 10);
    expect(p.index).toBe(2);
    p.play();
    clock.advance(STEP_MS);
    expect(p.index).toBe(3);
  });

  it('a step back shows exactly the frame that was shown going forward', () => {
    const { p, clock } = player();
    const script = aliceScript();
    p.load(script);
    p.play();
    clock.advance(STEP_MS * 4);
    const forward = p.current;
    clock.advance(STEP_MS);
    p.step(-1);
    expect(p.playing).toBe(false);
    expect(p.index).toBe(4);
    expect(p.current).toEqual(forward);
    expect(p.current).toEqual(scriptFrameAt(script, 4));
  });

  it('speed 2× halves the step; play at the end starts over', () => {
    const { p, clock } = player();
    const script = aliceScript();
    p.load(script, script.events.length - 1);
    p.setSpeed(2);
    p.play();
    expect(p.index).toBe(0);
    clock.advance(STEP_MS / 2);
    expect(p.index).toBe(1);
  });

  it('the verdict waits for the decision step unless the answer is asked for', () => {
    const { p } = player();
    const script = aliceScript();
    p.load(script);
    expect(p.decisionAt).toBe(script.events.findLastIndex((e) => e.op === 'decision'));
    p.seek(p.decisionAt - 1);
    expect(p.verdictShown).toBe(false);
    p.seek(p.decisionAt);
    expect(p.verdictShown).toBe(true);
    p.load(script);
    p.showAnswer();
    expect(p.verdictShown).toBe(true);
    p.load(script);
    expect(p.verdictShown).toBe(false);
  });

  it('predict mode stops before the first gate to guess, and goes on after the guess', () => {
    const { p, clock } = player();
    p.load(aliceScript());
    p.predict = true;
    p.play();
    clock.advance(STEP_MS * 200);
    const gate = p.awaiting;
    expect(gate).not.toBeNull();
    expect(p.playing).toBe(false);
    expect(p.index).toBe(gate!.at - 1);
    const r = p.guess(gate!.answer as Prediction);
    expect(r?.right).toBe(true);
    expect(p.playing).toBe(true);
    expect(p.index).toBe(gate!.at);
  });

  it('dispose (the view unmounted) stops playing for good', () => {
    const { p, clock } = player();
    p.load(aliceScript());
    p.play();
    clock.advance(STEP_MS);
    p.dispose();
    expect(p.playing).toBe(false);
    expect(clock.pending).toBe(0);
    p.play();
    expect(p.playing).toBe(false);
    clock.advance(STEP_MS * 10);
    expect(p.index).toBe(1);
  });
});
