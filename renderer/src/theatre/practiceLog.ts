/**
 * Wrong theatre predictions, kept for review in Practice. They live in the learner's progress document
 * (`LearnerProgress.wrongPredictions`, saved through the host's `progress:set`), so both hosts keep them and the
 * progress export carries them. Each entry holds a theatre share (world + request + the gate's step) so Practice can
 * reopen the very scenario; only the latest `SHARE_KEEP` entries keep their world, older ones keep the request alone.
 * Entries saved by earlier versions under the local-storage key `iam-lab-theatre-missed` are moved over once.
 */
import { HISTORY_LIMIT, type LearnerProgress, type WrongPrediction } from '../../../shared/ipc/progress';
import { GATE_LABELS, makeShare, parseShare, STATUS_LOOK, type RequestDraft } from '../../../shared/theatre';
import type { World } from '../../../shared/world';
import type { PredictionRecord } from '../state/tracePlayer.svelte';

/** The local-storage key earlier versions used (read once, then removed). */
export const LEGACY_KEY = 'iam-lab-theatre-missed';

/** How many of the newest entries keep their whole share (world included); a world can be tens of kilobytes. */
export const SHARE_KEEP = 20;

/** What the old local-storage entries looked like. */
interface LegacyMissed {
  request: RequestDraft;
  gate: string;
  side?: string;
  guess: string;
  answer: string;
}

const tail = (arn: string) => arn.replace(/^arn:aws:[^:]*:[^:]*:[^:]*:/, '');

/** A short label of a missed gate: who, what, on what, and which gate. */
export function predictionLabel(draft: RequestDraft, gate: string): string {
  const gateName = GATE_LABELS[gate as keyof typeof GATE_LABELS] ?? gate;
  return `${tail(draft.principal || draft.roleArn || '?')} → ${draft.action} on ${tail(draft.resource || '*')} — ${gateName}`;
}

/** Words for a gate status or guess (`explicit-deny` → `explicit deny`). */
export function outcomeWords(status: string | undefined): string {
  return status ? (STATUS_LOOK[status as keyof typeof STATUS_LOOK]?.words ?? status) : '';
}

/** The entry for one wrong guess, with a share that reopens the scenario at that gate in predict mode. */
export function wrongPredictionOf(record: PredictionRecord, draft: RequestDraft, world: World, atIso: string, id: string): WrongPrediction {
  return {
    id,
    at: atIso,
    label: predictionLabel(draft, record.point.gate),
    gate: record.point.gate,
    ...(record.point.side && record.point.side !== 'single' ? { side: record.point.side } : {}),
    guess: record.guess,
    answer: record.point.answer,
    share: makeShare(world, draft, Math.max(0, record.point.at - 1), true),
  };
}

/** Adds entries (newest last, at most `HISTORY_LIMIT`); entries older than the newest `SHARE_KEEP` keep only their request. */
export function appendWrongPredictions(progress: LearnerProgress, added: WrongPrediction[]): LearnerProgress {
  const all = [...progress.wrongPredictions, ...added].slice(-HISTORY_LIMIT);
  const keepFrom = all.length - SHARE_KEEP;
  const wrongPredictions = all.map((w, i) => {
    if (i >= keepFrom || w.share === undefined) return w;
    const slim: WrongPrediction = { ...w };
    delete slim.share;
    const request = (w.share as { request?: unknown }).request;
    if (request !== undefined && slim.request === undefined) slim.request = request;
    return slim;
  });
  return { ...progress, wrongPredictions };
}

/** Removes one entry (reviewed). */
export function removeWrongPrediction(progress: LearnerProgress, id: string): LearnerProgress {
  return { ...progress, wrongPredictions: progress.wrongPredictions.filter((w) => w.id !== id) };
}

/** What reopening an entry needs: a scenario world (or none: the learner's own world), the draft and the start step. */
export interface ReopenedPrediction {
  world?: World;
  draft: RequestDraft;
  step: number;
}

/** Reads an entry back for the theatre; undefined when it carries neither a share nor a request. */
export function reopenPrediction(w: WrongPrediction): ReopenedPrediction | undefined {
  if (w.share !== undefined) {
    const parsed = parseShare(JSON.stringify(w.share));
    if (parsed.ok) return { world: parsed.share.world, draft: parsed.share.request, step: parsed.share.step };
  }
  const r = w.request as Partial<RequestDraft> | undefined;
  if (r && typeof r.principal === 'string' && typeof r.action === 'string' && typeof r.resource === 'string' && typeof r.flow === 'string') {
    return { draft: { ...(r as RequestDraft), env: r.env ?? {} }, step: 0 };
  }
  return undefined;
}

/** Storage as far as the migration needs it (the page's `localStorage`, or a stand-in in tests). */
export interface LegacyStorage {
  getItem(key: string): string | null;
  removeItem(key: string): void;
}

/** The entries of the old local-storage key, as progress entries (empty when there are none or they do not parse). */
export function readLegacyMissed(storage: LegacyStorage | undefined, atIso: string): WrongPrediction[] {
  let list: unknown;
  try {
    list = JSON.parse(storage?.getItem(LEGACY_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return (list as LegacyMissed[])
    .filter((m) => m && typeof m === 'object' && m.request && typeof m.gate === 'string')
    .map((m, i) => ({
      id: `legacy-${atIso}-${i}`,
      at: atIso,
      label: predictionLabel(m.request, m.gate),
      gate: m.gate,
      ...(typeof m.side === 'string' && m.side !== 'single' ? { side: m.side } : {}),
      ...(typeof m.guess === 'string' ? { guess: m.guess } : {}),
      ...(typeof m.answer === 'string' ? { answer: m.answer } : {}),
      request: m.request,
    }));
}
