/**
 * The lesson file format: a lesson is data (no code inside), replayed and checked by the engine.
 *
 * CAUTION: this is a file format. Built-in lessons (`shared/lessons/content/*.json`), imported lesson packs and
 * `docs/lesson.schema.json` are written in it, and `parseLesson` checks it. Change it only additively; a breaking
 * change needs `version: 2` and a migration.
 */
import type { ContextValue, Decision } from '../iam/request';
import type { LessonCommand } from './world-bridge';

export type { LessonCommand } from './world-bridge';

/** The format tag every lesson file carries. */
export const LESSON_FORMAT = 'iam-lab-lesson';
/** The current lesson format version. */
export const LESSON_VERSION = 1;

/** A request as a lesson writes it: a principal of the world by reference, an action and a resource ARN. */
export interface LessonRequest {
  /**
   * Who calls: an entity ARN of the world (user, role, root `arn:aws:iam::ACCT:root`), or a session id of the world
   * (an active role session). Resolved by the world's `requestFor`.
   */
  principal: string;
  action: string;
  /** Resource ARN, or `*`. */
  resource: string;
  /** Environment context keys (aws:SourceIp, aws:CurrentTime is `now` instead, ...). */
  context?: Record<string, ContextValue>;
  /** ISO-8601 time of the call; defaults to the world's clock. */
  now?: string;
  /** MFA state of the call's credentials, for lessons about MFA conditions. */
  mfa?: { present: boolean; ageSeconds?: number };
}

/** Which statement must have decided, for a request check or a demo. */
export interface DecidedByMatcher {
  /** `PolicyInput.id` as the world names policies (a managed policy ARN, `user/alice#inline/Name`, ...). */
  policyId?: string;
  sid?: string;
}

/** A request check: the engine must answer `expect` (and, optionally, name the deciding statement). */
export interface RequestCheck {
  request: LessonRequest;
  expect: Decision;
  decidedBy?: DecidedByMatcher;
}

/** World facts a task can check, by name. Each is answered by a pure query over the world. */
export type FactCheck =
  | { fact: 'user-in-group'; user: string; group: string }
  | { fact: 'policy-attached'; to: string; policyArn: string }
  | { fact: 'inline-policy-exists'; on: string; policyName: string }
  | { fact: 'no-user-has-policy'; policyArn: string }
  | {
      fact: 'access-key-status';
      user: string;
      status: 'Active' | 'Inactive' | 'none';
      olderThanDays?: number;
      newerThanDays?: number;
    }
  | { fact: 'access-key-count'; user: string; count: number }
  | { fact: 'mfa-enabled'; user: string }
  | { fact: 'console-access'; user: string }
  | { fact: 'role-trusts'; role: string; principal: string }
  | { fact: 'instance-has-profile'; instance: string; role?: string }
  | { fact: 'entity-exists'; arn: string }
  | { fact: 'boundary-set'; on: string; policyArn?: string }
  | { fact: 'instance-profile-role'; profile: string; role: string }
  | { fact: 'provider-audience'; provider: string; clientId: string };

/** A check: a request, a world fact, or a combinator over checks. */
export type Check = RequestCheck | FactCheck | { all: Check[] } | { any: Check[] } | { not: Check };

/** Names of the fact checks, for the parser and the schema. */
export const FACT_NAMES = [
  'user-in-group',
  'policy-attached',
  'inline-policy-exists',
  'no-user-has-policy',
  'access-key-status',
  'access-key-count',
  'mfa-enabled',
  'console-access',
  'role-trusts',
  'instance-has-profile',
  'entity-exists',
  'boundary-set',
  'instance-profile-role',
  'provider-audience',
] as const;

/** Tools a task lets the learner use. */
export const LESSON_TOOLS = ['console', 'cli', 'policy-editor', 'graph', 'theatre'] as const;
export type LessonTool = (typeof LESSON_TOOLS)[number];

/** Prose with an optional graph focus. */
export interface ExplainStep {
  kind: 'explain';
  id: string;
  title?: string;
  /** markdown-lite */
  text: string;
  /** Node ids (ARNs) the graph highlights while this step shows. */
  focus?: string[];
  /** The AWS documentation pages the text rests on (required by `lessons check`: checks/refs-rule.ts). */
  refs?: string[];
}

/** A request replayed in the theatre, with the decision the lesson promises. */
export interface DemoStep {
  kind: 'demo';
  id: string;
  title?: string;
  request: LessonRequest;
  expect: Decision;
  expectDecidedBy?: DecidedByMatcher;
  /** markdown-lite shown beside the theatre. */
  narration: string;
  focus?: string[];
}

/**
 * A recorded wrong answer to a task: world commands a learner might plausibly run instead of the solution, and why
 * they are wrong. `lessons check` replays each on the task's start world and fails when the task's checks accept it,
 * so a check that tests only the shape of an answer cannot ship.
 */
export interface WrongAnswer {
  /** Unique within the task (`[a-z0-9-]`). */
  id: string;
  /** markdown-lite: what is wrong with it, in the learner's terms. */
  why: string;
  /** True when the answer would open a security hole (too broad a trust, a resource or a principal); default false. */
  insecure: boolean;
  /** World commands, the same shape as a task's `solution`. */
  solution: LessonCommand[];
}

/** Something the learner does in the world, checked declaratively. */
export interface TaskStep {
  kind: 'task';
  id: string;
  title?: string;
  /** markdown-lite */
  prompt: string;
  allowedTools: LessonTool[];
  /** All must pass. */
  checks: Check[];
  /** Exactly three, from a nudge to nearly the answer. */
  hints: [string, string, string];
  /** World commands that solve the task from its start world. */
  solution: LessonCommand[];
  /** Answers the checks must reject (required by `lessons check` for built-in lessons). */
  wrongAnswers?: WrongAnswer[];
  focus?: string[];
}

/** One option of a choice question; every option explains itself. */
export interface QuizOption {
  id: string;
  /** markdown-lite */
  text: string;
  correct: boolean;
  /** markdown-lite: why this option is right or wrong. */
  explanation: string;
}

/** A single- or multiple-choice question. */
export interface ChoiceQuestion {
  type: 'single' | 'multiple';
  id: string;
  prompt: string;
  options: QuizOption[];
}

/** Predict what the engine answers for a shown request in the lesson's current world. */
export interface PredictQuestion {
  type: 'predict';
  id: string;
  prompt: string;
  request: LessonRequest;
  answer: Decision;
  /** markdown-lite explanation for each of the three decisions. */
  explanations: Record<Decision, string>;
}

/** Put the gates (or any items) in the right order. */
export interface OrderQuestion {
  type: 'order';
  id: string;
  prompt: string;
  /** Items in the correct order. The player shuffles them deterministically. */
  items: { id: string; text: string; explanation: string }[];
}

/** A question inside a lesson. */
export type LessonQuestion = ChoiceQuestion | PredictQuestion | OrderQuestion;

/** A quiz step: one or more questions. */
export interface QuizStep {
  kind: 'quiz';
  id: string;
  title?: string;
  questions: LessonQuestion[];
}

/** One step of a lesson. */
export type LessonStep = ExplainStep | DemoStep | TaskStep | QuizStep;

/** Where a lesson's world comes from: a built-in sample world by id, or an inline scenario document. */
export type LessonWorldSource = { builtin: string } | { inline: unknown };

/** A lesson. */
export interface Lesson {
  format: typeof LESSON_FORMAT;
  version: typeof LESSON_VERSION;
  /** `NN-topic-slug`, unique in a pack. */
  id: string;
  title: string;
  summary: string;
  objectives: string[];
  /** A topic id of `shared/lessons/topics.ts`. */
  topic: string;
  /** Exam task ids like `SAA-C03:1.1`. */
  examTasks: string[];
  estMinutes: number;
  world: LessonWorldSource;
  /** Commands applied before the first step, outside the undo history. */
  setup?: LessonCommand[];
  steps: LessonStep[];
}

/** A problem in a lesson file: a code and the JSON path it concerns. */
export interface LessonDiagnostic {
  code: string;
  /** e.g. `steps[3].checks[0].request.action` */
  path: string;
  /** Extra structured data (expected value, markdown line, ...). No prose. */
  data?: Record<string, unknown>;
}
