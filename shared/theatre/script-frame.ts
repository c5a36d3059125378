/**
 * The fold over a whole script: the global step index `i` picks the flow step it falls in and folds that step's own
 * trace with `frameAt`, so each evaluation's gates start fresh. Pure, like `frameAt`.
 */
import type { TraceEvent } from '../iam/result';
import { decisiveIndex, frameAt, type Frame } from './frame';
import type { TheatreScript } from './script';

/** A frame of a script: the flow step it is in and the frame of that step's evaluation. */
export interface ScriptFrame {
  /** The global index (clamped). */
  index: number;
  /** Index into `script.steps`. */
  step: number;
  frame: Frame;
}

/** The events of one step, and where they start in the global list. */
export function stepEvents(script: TheatreScript, step: number): { offset: number; events: TraceEvent[] } {
  const offset = script.stepOfEvent.indexOf(step);
  if (offset < 0) return { offset: 0, events: [] };
  let end = offset;
  while (end < script.stepOfEvent.length && script.stepOfEvent[end] === step) end++;
  return { offset, events: script.events.slice(offset, end) };
}

/** The frame of the script at global index `i`. */
export function scriptFrameAt(script: TheatreScript, i: number): ScriptFrame {
  const n = script.events.length;
  if (n === 0) return { index: -1, step: script.steps.length - 1, frame: frameAt([], 0) };
  const index = Math.max(0, Math.min(n - 1, Math.floor(i)));
  const step = script.stepOfEvent[index];
  const { offset, events } = stepEvents(script, step);
  return { index, step, frame: frameAt(events, index - offset) };
}

/** The global index of the step that fixed the final outcome (in the last evaluated step). */
export function scriptDecisiveIndex(script: TheatreScript): number {
  if (script.events.length === 0) return -1;
  const lastStep = script.stepOfEvent[script.stepOfEvent.length - 1];
  const { offset, events } = stepEvents(script, lastStep);
  return offset + decisiveIndex(events);
}

/** The global index of the final decision (the last step's decision event; the last event when there is none). */
export function scriptDecisionIndex(script: TheatreScript): number {
  const n = script.events.length;
  if (n === 0) return -1;
  for (let i = n - 1; i >= 0; i--) if (script.events[i].op === 'decision') return i;
  return n - 1;
}
