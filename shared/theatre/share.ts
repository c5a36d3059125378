/**
 * The theatre share file: a world, a request draft and the step being shown, so a teacher can hand out a scenario that
 * opens at the same step. Reading it never throws: a wrong file is a problem code.
 *
 * CAUTION: this is a file format. Change it only additively; bump `version` with a migration otherwise.
 */
import type { World } from '../world/types';
import { FLOW_KINDS, type RequestDraft } from './draft';

/** The format tag written in every share file. */
export const SHARE_FORMAT = 'iam-lab-theatre';
/** The current share-file version. */
export const SHARE_VERSION = 1;

/** A share file. */
export interface TheatreShare {
  format: typeof SHARE_FORMAT;
  version: typeof SHARE_VERSION;
  world: World;
  request: RequestDraft;
  /** The global step index shown when the file was saved. */
  step: number;
  /** Whether predict-then-reveal mode was on. */
  predict?: boolean;
}

/** Builds a share file. */
export function makeShare(world: World, request: RequestDraft, step: number, predict = false): TheatreShare {
  return { format: SHARE_FORMAT, version: SHARE_VERSION, world, request, step, ...(predict ? { predict } : {}) };
}

/** Problems reading a share file. */
export type ShareProblem = 'share.not-json' | 'share.wrong-format' | 'share.newer-version' | 'share.bad-world' | 'share.bad-request';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a share file's text. The world is checked for shape only (accounts, clock); the app loads it like an import. */
export function parseShare(text: string): { ok: true; share: TheatreShare } | { ok: false; problem: ShareProblem } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'share.not-json' };
  }
  if (!isObject(v) || v.format !== SHARE_FORMAT) return { ok: false, problem: 'share.wrong-format' };
  if (typeof v.version !== 'number' || v.version > SHARE_VERSION) return { ok: false, problem: 'share.newer-version' };
  const w = v.world;
  if (!isObject(w) || !isObject(w.accounts) || typeof w.clock !== 'string') return { ok: false, problem: 'share.bad-world' };
  const r = v.request;
  if (!isObject(r) || typeof r.principal !== 'string' || typeof r.action !== 'string' || typeof r.resource !== 'string' || !(FLOW_KINDS as readonly unknown[]).includes(r.flow)) {
    return { ok: false, problem: 'share.bad-request' };
  }
  const request = { ...(r as unknown as RequestDraft), env: isObject(r.env) ? (r.env as RequestDraft['env']) : {} };
  const step = typeof v.step === 'number' && Number.isFinite(v.step) ? Math.max(0, Math.floor(v.step)) : 0;
  return { ok: true, share: { format: SHARE_FORMAT, version: SHARE_VERSION, world: w as unknown as World, request, step, ...(v.predict === true ? { predict: true } : {}) } };
}
