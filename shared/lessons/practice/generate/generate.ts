/**
 * Generates predict-the-decision questions from a world: enumerate the candidate requests (`scenarios.ts`), let the
 * engine answer each, then pick a seeded, balanced mix — allowed, explicit deny and implicit deny in turn, and within
 * each the candidate whose topic, (principal, action) and reason have been used least so far, so a set covers many
 * ideas instead of twenty variations of one. The items have exactly the bank's `predict-decision` shape.
 */
import type { Decision, EvaluationRequest, PolicyInput } from '../../../iam/request';
import type { World } from '../../../world/types';
import type { PredictDecisionItem } from '../../quiz-types';
import type { TopicId } from '../../topics';
import { makeRng, seedFromString, shuffled } from '../prng';
import { difficultyOf, topicOf } from './classify';
import { explainDecision } from './explanation';
import { stableHash, stableStringify } from './hash';
import { enumerateScenarios, type Scenario } from './scenarios';
import { topicTags } from './topic-tags';
import { describeContext, describePolicies, describePrincipal, describeResource } from './wording';

/** What to generate. */
export interface GenerateOptions {
  /** Fixes the selection and order: same world, seed and options, same items. */
  seed: number;
  /** How many items at most (fewer when the world has fewer distinct candidates). */
  count: number;
  /** Keep only questions about these topics. */
  topics?: readonly TopicId[];
  /** Kebab-case id of the world, used in item ids (defaults to the world's name, kebab-cased). */
  worldId?: string;
}

/** A candidate with its topic, stable id and prompt, before selection. */
export interface Candidate {
  id: string;
  topic: TopicId;
  scenario: Scenario;
  /** The question's text; unique among a world's candidates (a repeated prompt is dropped, see `candidatesOf`). */
  prompt: string;
}

/** Kebab-case form of a world name (`EC2 instance role` → `ec2-instance-role`). */
export function kebab(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'world'
  );
}

const documentHashes = new WeakMap<object, string>();

/** Hash of one policy document (cached per document object: world documents are never changed in place). */
function documentHash(document: unknown): string {
  if (document === null || typeof document !== 'object') return stableHash(stableStringify(document));
  let h = documentHashes.get(document);
  if (h === undefined) {
    h = stableHash(stableStringify(document));
    documentHashes.set(document, h);
  }
  return h;
}

/** The request with every policy document replaced by its hash: same key for the same request, cheap to build. */
function requestKey(request: EvaluationRequest): string {
  const slim = (p: PolicyInput) => ({ ...p, document: documentHash(p.document) });
  const policies = request.policies;
  const key: Record<string, unknown> = { ...policies };
  if (policies.identity) key.identity = policies.identity.map(slim);
  if (policies.session) key.session = policies.session.map(slim);
  if (policies.resource) key.resource = slim(policies.resource);
  if (policies.trust) key.trust = slim(policies.trust);
  if (policies.boundary) key.boundary = slim(policies.boundary);
  if (policies.scps) key.scps = policies.scps.map((l) => ({ ...l, policies: l.policies.map(slim) }));
  if (policies.rcps) key.rcps = policies.rcps.map((l) => ({ ...l, policies: l.policies.map(slim) }));
  return stableStringify({ ...request, policies: key });
}

/** The stable id of a generated item: `gen-<world>-<hash of the request>`. */
export function generatedId(worldId: string, scenario: Scenario): string {
  return `gen-${worldId}-${stableHash(requestKey(scenario.request))}`;
}

/**
 * The question's words: who calls what on what, the context, and the policies in play by kind and name, so two
 * questions with the same prompt are the same question (the UI shows the documents beside it).
 */
export function promptOf(scenario: Scenario): string {
  const { request, principal } = scenario;
  return [
    `${describePrincipal(principal, request)} calls \`${request.action}\` ${describeResource(request, principal.account)}.`,
    ...describeContext(request),
    describePolicies(request),
    'What does AWS decide?',
  ].join(' ');
}

/**
 * Every distinct candidate of a world, with its topic and prompt: the first occurrence of each id is kept, and a
 * candidate whose prompt repeats an earlier one is dropped, so no two questions read the same (whatever their answers).
 */
export function candidatesOf(world: World, worldId: string, scenarios = enumerateScenarios(world)): Candidate[] {
  const seen = new Set<string>();
  const prompts = new Set<string>();
  const out: Candidate[] = [];
  for (const scenario of scenarios) {
    const id = generatedId(worldId, scenario);
    if (seen.has(id)) continue;
    seen.add(id);
    const prompt = promptOf(scenario);
    if (prompts.has(prompt)) continue;
    prompts.add(prompt);
    out.push({ id, topic: topicOf(scenario.principal, scenario.request, scenario.result), scenario, prompt });
  }
  return out;
}

/** Turns one candidate into a bank-shaped item. */
export function toItem(candidate: Candidate): PredictDecisionItem {
  const { scenario, topic, prompt } = candidate;
  const { request, result } = scenario;
  const tags = topicTags(topic);
  return {
    id: candidate.id,
    version: 1,
    kind: 'predict-decision',
    topic,
    examTasks: tags.examTasks,
    difficulty: difficultyOf(request, result),
    prompt,
    refs: tags.refs,
    scenario: JSON.parse(JSON.stringify(request)) as typeof request,
    answer: result.decision,
    explanation: explainDecision(request, result),
  };
}

/** True when `a` sorts before `b`, comparing element by element. */
function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] < b[k];
  return false;
}

/** The root user's blanket allow: one such question per set is plenty. */
const ROOT_ALLOW = 'decision.root-full-access';

const DECISIONS: readonly Decision[] = ['allowed', 'explicitDeny', 'implicitDeny'];

/**
 * Picks up to `count` candidates: decisions in turn (a seeded order), each time the least-used candidate of that
 * decision by topic, then principal, then (principal, action), then engine reason, ties broken by a seeded shuffle.
 * The root user's "full access in its own account" allow is asked at most once per set.
 */
export function pickBalanced(candidates: readonly Candidate[], count: number, seed: number): Candidate[] {
  const rng = makeRng(seed);
  const pools = new Map<Decision, Candidate[]>(
    DECISIONS.map((d) => [
      d,
      shuffled(
        candidates.filter((c) => c.scenario.result.decision === d),
        rng,
      ),
    ]),
  );
  const used = new Map<string, number>();
  const use = (k: string) => used.get(k) ?? 0;
  const keys = (c: Candidate) => [
    `t:${c.topic}`,
    `p:${c.scenario.principal.ref}`,
    `pa:${c.scenario.principal.ref}|${c.scenario.request.action}`,
    `r:${c.scenario.result.reason}`,
  ];
  const order = shuffled(DECISIONS, rng);
  const picked: Candidate[] = [];
  while (picked.length < Math.max(0, count)) {
    let progressed = false;
    for (const d of order) {
      if (picked.length >= count) break;
      let pool = pools.get(d)!;
      if (use(`r:${ROOT_ALLOW}`) >= 1) {
        pool = pool.filter((c) => c.scenario.result.reason !== ROOT_ALLOW);
        pools.set(d, pool);
      }
      if (pool.length === 0) continue;
      let best = 0;
      let bestScore: number[] = [];
      pool.forEach((c, i) => {
        const score = keys(c).map(use);
        if (i === 0 || lexLess(score, bestScore)) {
          best = i;
          bestScore = score;
        }
      });
      const [chosen] = pool.splice(best, 1);
      for (const k of keys(chosen)) used.set(k, use(k) + 1);
      picked.push(chosen);
      progressed = true;
    }
    if (!progressed) break;
  }
  return shuffled(picked, rng);
}

/** Generates up to `options.count` predict-the-decision items from a world, answered and explained by the engine. */
export function generatePredictItems(world: World, options: GenerateOptions): PredictDecisionItem[] {
  const worldId = kebab(options.worldId ?? world.meta.name);
  const all = candidatesOf(world, worldId);
  const topics = options.topics?.length ? new Set(options.topics) : undefined;
  const pool = topics ? all.filter((c) => topics.has(c.topic)) : all;
  const seed = (options.seed ^ seedFromString(worldId)) >>> 0;
  return pickBalanced(pool, options.count, seed).map(toItem);
}
