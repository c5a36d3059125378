/**
 * The one file where lessons meet the world model and the engine. Everything else in `shared/lessons` goes through
 * these functions, so a change in the world's command or request API touches only this file.
 */
import type { EvaluationRequest } from '../iam/request';
import type { EvaluationResult } from '../iam/result';
import { evaluateWith, type EvaluateOverrides } from '../iam/evaluate/evaluate';
import type { CallerIdentity } from '../iam/context/caller';
import { applyCommand, COMMAND_TYPES } from '../world/commands/apply';
import type { WorldCommand } from '../world/commands/types';
import { emptyWorld } from '../world/account-factory';
import { requestFor, type RequestEnvironment } from '../world/request-for';
import { SAMPLE_WORLDS } from '../world/samples';
import { parseScenarioValue } from '../world/scenario/parse';
import type { World } from '../world/types';
import type { DiagnosticSink } from './checks/parse-util';
import type { LessonRequest, LessonWorldSource } from './lesson-types';
import { own } from '../world/own';

/** A world command as lessons write it: the world's typed command union. */
export type LessonCommand = WorldCommand;

/** The built-in world id for a world with no accounts (lessons then build everything in `setup`). */
export const EMPTY_WORLD_ID = 'empty';

/** Every built-in world id a lesson may name. */
export function builtinWorldIds(): string[] {
  return [EMPTY_WORLD_ID, ...SAMPLE_WORLDS.map((s) => s.id)];
}

/** Reads and shape-checks a list of world commands: objects with a known `type` (the handlers check the rest). */
export function readCommands(list: unknown[], path: string, sink: DiagnosticSink): LessonCommand[] {
  list.forEach((c, i) => {
    const type = typeof c === 'object' && c !== null ? (c as { type?: unknown }).type : undefined;
    if (typeof type !== 'string') sink.add('lesson.bad-command', `${path}[${i}]`);
    else if (!(COMMAND_TYPES as string[]).includes(type))
      sink.add('lesson.unknown-command', `${path}[${i}].type`, { type });
  });
  return list as LessonCommand[];
}

/**
 * Loads a lesson's start world: `empty`, a built-in sample world, or an inline scenario document
 * (`{format: 'iam-lab-scenario', version, world}`, read by the world's own scenario parser, migrations included).
 */
export function loadLessonWorld(source: LessonWorldSource): { ok: true; world: World } | { ok: false; code: string } {
  if ('builtin' in source) {
    if (source.builtin === EMPTY_WORLD_ID) return { ok: true, world: emptyWorld('lesson') };
    const sample = SAMPLE_WORLDS.find((s) => s.id === source.builtin);
    return sample ? { ok: true, world: sample.build() } : { ok: false, code: 'world.unknown-builtin' };
  }
  const parsed = parseScenarioValue(JSON.parse(JSON.stringify(source.inline)));
  return parsed.ok
    ? { ok: true, world: parsed.world }
    : { ok: false, code: `world.bad-inline:${parsed.diagnostics[0]?.code ?? ''}` };
}

/** Applies commands in order; stops at the first refusal and reports its index and the world's reason code. */
export function applyLessonCommands(
  world: World,
  commands: LessonCommand[],
  undoable = true,
): { ok: true; world: World } | { ok: false; index: number; code: string } {
  let cur = world;
  for (let i = 0; i < commands.length; i++) {
    const r = applyCommand(cur, undoable ? commands[i] : { ...commands[i], undoable: false });
    if (!r.ok) return { ok: false, index: i, code: `${r.error.code}:${r.error.reason}` };
    cur = r.world;
  }
  return { ok: true, world: cur };
}

/** A request ready for the engine; federated callers (OIDC/SAML) also carry the engine overrides they need. */
export interface BuiltRequest {
  request: EvaluationRequest;
  overrides?: EvaluateOverrides;
}

/** `ec2-instance:<name>` names an instance by its Name (instance ids are generated); resolves it to the instance id. */
function resolveInstanceRef(world: World, ref: string): string | undefined {
  const name = ref.slice('ec2-instance:'.length);
  for (const account of Object.values(world.accounts)) {
    const inst = Object.values(account.instances).find((i) => i.name === name || i.id === name);
    if (inst) return inst.id;
  }
  return undefined;
}

const PROVIDER_ARN = /^arn:aws:iam::(\d{12}):(oidc-provider|saml-provider)\/.+$/;

/**
 * A call from a federated identity (the principal is an OIDC or SAML provider ARN): an unsigned
 * `AssumeRoleWithWebIdentity` / `AssumeRoleWithSAML`. Only the role's trust policy decides; the lesson's `context`
 * holds the token's or assertion's claims (`<provider>:sub`, `SAML:aud`, ...).
 */
function federatedRequest(
  world: World,
  req: LessonRequest,
  kind: 'oidc-provider' | 'saml-provider',
): { ok: true; built: BuiltRequest } | { ok: false; code: string } {
  const provider = Object.values(world.accounts).some((a) => own(a.identityProviders, req.principal) !== undefined);
  if (!provider) return { ok: false, code: 'principal.not-found' };
  const base = requestFor(world, 'anonymous', req.action, req.resource, req.now ? { now: req.now } : {});
  if (!base.ok) return { ok: false, code: base.error.reason };
  const caller: CallerIdentity = {
    kind: kind === 'oidc-provider' ? 'web-identity' : 'saml',
    partition: 'aws',
    federatedProvider: req.principal,
    hasBoundary: false,
    serviceLinked: false,
  };
  const extraContext = new Map(Object.entries(req.context ?? {}).map(([k, v]) => [k.toLowerCase(), v] as const));
  return { ok: true, built: { request: base.value, overrides: { caller, extraContext } } };
}

/** Turns a lesson request into an engine request against the world (`requestFor`). */
export function buildRequest(
  world: World,
  req: LessonRequest,
): { ok: true; built: BuiltRequest } | { ok: false; code: string } {
  const federated = PROVIDER_ARN.exec(req.principal);
  if (federated) return federatedRequest(world, req, federated[2] as 'oidc-provider' | 'saml-provider');
  let principal = req.principal;
  if (principal.startsWith('ec2-instance:')) {
    const id = resolveInstanceRef(world, principal);
    if (!id) return { ok: false, code: 'instance.not-found' };
    principal = id;
  }
  const env: RequestEnvironment = {};
  if (req.context) env.context = req.context;
  if (req.now) env.now = req.now;
  if (req.mfa) env.mfa = req.mfa;
  const r = requestFor(world, principal, req.action, req.resource, env);
  return r.ok ? { ok: true, built: { request: r.value } } : { ok: false, code: r.error.reason };
}

/** Runs the engine. */
export function evaluateRequest(built: BuiltRequest): EvaluationResult {
  return evaluateWith(built.request, undefined, built.overrides);
}
