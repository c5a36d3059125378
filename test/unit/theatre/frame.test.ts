import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import type { EvaluationRequest } from '../../../shared/iam/request';
import { decisiveIndex, frameAt, gateSequence, gateStatusOf, type GateStatus } from '../../../shared/theatre/frame';
import { traceLines } from '../../../shared/theatre/trace-text';
import { predictionPoints } from '../../../shared/theatre/predict';

interface FrameCase {
  name: string;
  request: EvaluationRequest | 'same-as-previous';
  at: number | 'decisive' | 'end';
  expect: {
    decision?: string;
    activeGate?: string;
    focus?: Record<string, unknown>;
    statusAfterEnd?: Record<string, GateStatus>;
    sequence?: string[];
    compared?: Record<string, unknown>;
    narrationIncludes?: string;
  };
}

const cases = (JSON.parse(readFileSync(join(import.meta.dirname, 'cases/frames.json'), 'utf8')) as { cases: FrameCase[] }).cases;

describe('frameAt (named cases)', () => {
  let previous: EvaluationRequest | undefined;
  for (const c of cases) {
    const request = c.request === 'same-as-previous' ? previous! : c.request;
    previous = request;
    it(c.name, () => {
      const result = evaluate(request);
      const events = result.trace.events;
      const i = c.at === 'decisive' ? decisiveIndex(events) : c.at === 'end' ? events.length - 1 : c.at;
      const frame = frameAt(events, i);
      const end = frameAt(events, events.length - 1);
      if (c.expect.decision) expect(result.decision).toBe(c.expect.decision);
      if (c.expect.activeGate) expect(frame.activeGate).toBe(c.expect.activeGate);
      if (c.expect.focus) expect(frame.focus).toMatchObject(c.expect.focus);
      if (c.expect.compared) expect(frame.compared).toMatchObject(c.expect.compared);
      if (c.expect.narrationIncludes) expect(frame.narration).toContain(c.expect.narrationIncludes);
      for (const [gate, status] of Object.entries(c.expect.statusAfterEnd ?? {})) expect(gateStatusOf(end, gate as never), gate).toBe(status);
      if (c.expect.sequence) expect(gateSequence(events).map((s) => s.gate)).toEqual(c.expect.sequence);
    });
  }
});

const sample = cases[0].request as EvaluationRequest;

describe('frameAt is a pure fold', () => {
  const events = evaluate(sample).trace.events;

  it('stepping back equals recomputing: every frame is the same whichever way it is reached', () => {
    const forward = events.map((_, i) => frameAt(events, i));
    const backward = events.map((_, i) => events.length - 1 - i).map((i) => frameAt(events, i)).reverse();
    expect(backward).toEqual(forward);
  });

  it('does not mutate the events and gives equal frames for equal inputs (property)', () => {
    const copy = structuredClone(events);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: events.length + 3 }), { minLength: 1, maxLength: 20 }), (path) => {
        for (const i of path) expect(frameAt(events, i)).toEqual(frameAt(events, i));
      }),
    );
    expect(events).toEqual(copy);
  });

  it('clamps out-of-range indexes and handles an empty trace', () => {
    expect(frameAt(events, -5).index).toBe(0);
    expect(frameAt(events, 10_000).index).toBe(events.length - 1);
    expect(frameAt([], 3)).toMatchObject({ index: -1, narration: '' });
  });

  it('a gate is checking while open, then settles; later gates stay pending', () => {
    const enter = events.findIndex((e) => e.gate === 'explicit-deny' && e.op === 'enter' && e.parent === null);
    expect(gateStatusOf(frameAt(events, enter), 'explicit-deny')).toBe('checking');
    expect(gateStatusOf(frameAt(events, enter), 'identity')).toBe('pending');
    expect(gateStatusOf(frameAt(events, enter - 1), 'explicit-deny')).toBe('pending');
  });

  it('records statements met so far and how they ended', () => {
    const last = frameAt(events, events.length - 1);
    expect(last.statements['p1#1']).toBe('applies');
    expect(last.policies).toEqual(['p1']);
  });

  it('the text view has one line per event and marks the decisive ones', () => {
    const lines = traceLines(events);
    expect(lines).toHaveLength(events.length);
    expect(lines.filter((l) => l.decisive).map((l) => l.index)).toEqual(events.flatMap((e, i) => (e.decisive ? [i] : [])));
  });

  it('prediction points are the gates entered, with their real outcome', () => {
    const points = predictionPoints(events);
    expect(points.map((p) => [p.gate, p.answer])).toEqual([['explicit-deny', 'explicit-deny']]);
  });
});
