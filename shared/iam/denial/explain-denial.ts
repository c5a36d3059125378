/**
 * From what AWS showed to the gate that decided, in one call for the UI, the CLI and practice: read the input (an
 * error message or a CloudTrail event, told apart by a leading `{`), replay it in the world, compare, and render the
 * message this world would return.
 */
import type { EvaluationRequest } from '../request';
import type { EvaluationResult } from '../result';
import type { World } from '../../world/types';
import { parseCloudTrailEvent } from './parse-cloudtrail';
import { parseDenialMessage } from './parse-message';
import { replayDenial, type DenialAgreement, type ReplayOptions } from './reconstruct';
import { denialMessage, type DenialMessage } from './render-message';
import type { DenialDiagnostic, DenialReading, ParsedDenial } from './types';

/** Everything the reader found. */
export interface DenialExplanation {
  parsed?: ParsedDenial;
  request?: EvaluationRequest;
  evaluation?: EvaluationResult;
  agreement?: DenialAgreement;
  /** The message this world would return for the replayed request (absent when the world allows it). */
  worldMessage?: DenialMessage;
  diagnostics: DenialDiagnostic[];
}

/** Reads an error message or a CloudTrail event (JSON text). */
export function readDenial(input: string): DenialReading {
  return input.trimStart().startsWith('{') ? parseCloudTrailEvent(input) : parseDenialMessage(input);
}

/** Reads `input`, replays it in `world` and compares. Never throws on user input. */
export function explainDenial(input: string, world: World, options: ReplayOptions = {}): DenialExplanation {
  const reading = readDenial(input);
  if (!reading.parsed) return { diagnostics: reading.diagnostics };
  const replay = replayDenial(reading.parsed, world, options);
  const out: DenialExplanation = {
    parsed: reading.parsed,
    diagnostics: [...reading.diagnostics, ...replay.diagnostics],
  };
  if (replay.request) out.request = replay.request;
  if (replay.evaluation) {
    out.evaluation = replay.evaluation;
    const m = replay.request ? denialMessage(replay.request, replay.evaluation) : undefined;
    if (m) out.worldMessage = m;
  }
  if (replay.agreement) out.agreement = replay.agreement;
  return out;
}
