/**
 * The decision marker folded over real engine traces (named cases in cases/markers.json): it starts denied by default,
 * passes through the states the case names, ends at the engine's decision, and agrees with the frame fold at every
 * step (stepping back recomputes it).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/iam/evaluate/evaluate';
import type { EvaluationRequest } from '../../../shared/iam/request';
import { frameAt } from '../../../shared/theatre/frame';
import { MARKER_WORDS, START_MARKER, type MarkerCause, type MarkerState } from '../../../shared/theatre/marker';
import cases from './cases/markers.json';

interface MarkerCase {
  name: string;
  request: EvaluationRequest;
  trail: MarkerState[];
  causes: MarkerCause[];
  final: MarkerState;
}

describe('decision marker', () => {
  for (const c of cases.cases as unknown as MarkerCase[]) {
    it(c.name, () => {
      const events = evaluate(c.request).trace.events;
      const first = frameAt(events, 0).marker;
      expect(first.state).toBe('implicit-deny');
      expect(first.cause).toBe('default');
      const causes: MarkerCause[] = [];
      for (let i = 0; i < events.length; i++) {
        const m = frameAt(events, i).marker;
        if (causes[causes.length - 1] !== m.cause) causes.push(m.cause);
        // Final only on the decision step.
        expect(m.final).toBe(events[i].op === 'decision' || (i > 0 && frameAt(events, i - 1).marker.final));
      }
      const last = frameAt(events, events.length - 1).marker;
      expect(causes).toEqual(c.causes);
      expect(last.trail).toEqual(c.trail);
      expect(last.state).toBe(c.final);
      expect(last.final).toBe(true);
    });
  }

  it('the statement that decided stays in focus on the decision step', () => {
    const deny = (cases.cases as unknown as MarkerCase[])[2];
    const events = evaluate(deny.request).trace.events;
    const f = frameAt(events, events.length - 1);
    expect(events[f.index].op).toBe('decision');
    expect(f.focus).toMatchObject({ policyId: 'p1', statementIndex: 1, sid: 'NoGet' });
    expect(f.decidingFocus).toBe(true);
    const none = (cases.cases as unknown as MarkerCase[])[1];
    const ev2 = evaluate(none.request).trace.events;
    expect(frameAt(ev2, ev2.length - 1).focus).toBeUndefined();
  });

  it('every cause has a sentence, and the start is denied by default', () => {
    expect(START_MARKER.trail).toEqual(['implicit-deny']);
    for (const w of Object.values(MARKER_WORDS)) expect(w.length).toBeGreaterThan(5);
    expect(frameAt([], 0).marker).toEqual(START_MARKER);
  });
});
