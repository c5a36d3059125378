/**
 * Quiz items: the practice bank's file format.
 *
 * CAUTION: this is a file format. The bank files `shared/lessons/quiz/<topic>.json`, imported lesson packs and saved
 * practice progress (which stores item ids) are written in it, and `docs/quiz-bank.md` documents it. Change it only
 * additively; when an item's meaning changes, bump its `version` instead of reusing its id for something else.
 */
import type { Decision, EvaluationRequest } from '../iam/request';
import type { TopicId } from './topics';

/** The kinds of quiz item (`matching` is SCS-C03's matching item type). */
export const QUIZ_KINDS = ['single', 'multiple', 'order-gates', 'matching', 'predict-decision'] as const;

/** One kind of quiz item. */
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** An exam task statement id, `<exam>:<domain>.<task>`, e.g. `SAA-C03:1.1` (see `shared/lessons/exams/*.json`). */
export type ExamTaskId = string;

/** Fields every quiz item has. */
interface QuizItemBase {
  /** Stable kebab-case id, unique across the bank; progress and review lists refer to it. */
  id: string;
  /** Format version of the item (1). */
  version: 1;
  kind: QuizKind;
  topic: TopicId;
  /** Exam task statements the item practises; every id must exist in the exam map. */
  examTasks: ExamTaskId[];
  /** 1 recall, 2 apply, 3 analyse a scenario. */
  difficulty: 1 | 2 | 3;
  /** The question, in markdown-lite (paragraphs, `code`, **bold**, lists); never HTML. */
  prompt: string;
  /** AWS documentation pages the facts rest on. */
  refs: string[];
}

/** One answer option of a choice item; every option explains why it is right or wrong. */
export interface QuizOption {
  /** Short id unique within the item (`a`, `b`, ...). */
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

/** Pick exactly one option (exactly one option is correct). */
export interface SingleChoiceItem extends QuizItemBase {
  kind: 'single';
  options: QuizOption[];
}

/** Pick every correct option (two or more are correct; the prompt says how many). */
export interface MultipleChoiceItem extends QuizItemBase {
  kind: 'multiple';
  options: QuizOption[];
}

/** One step to put in order. */
export interface OrderStep {
  id: string;
  text: string;
}

/** Put the steps (gates of the evaluation flow, steps of a procedure) in the right order. */
export interface OrderGatesItem extends QuizItemBase {
  kind: 'order-gates';
  /** The steps in the order they are shown (shuffled by the author, not the right order). */
  steps: OrderStep[];
  /** Step ids in the right order; a permutation of `steps`. */
  correctOrder: string[];
  explanation: string;
}

/** One prompt or one response of a matching item. */
export interface MatchEntry {
  id: string;
  text: string;
}

/** One right pairing of a matching item. */
export interface MatchPair {
  /** A `prompts` id. */
  prompt: string;
  /** A `responses` id. */
  response: string;
}

/**
 * Match each prompt to its response (SCS-C03's matching items: 3–7 prompts). A response may fit several prompts and
 * some responses may fit none. Graded all-or-nothing: every prompt must get its response.
 */
export interface MatchingItem extends QuizItemBase {
  kind: 'matching';
  prompts: MatchEntry[];
  responses: MatchEntry[];
  /** Exactly one pair per prompt. */
  correctPairs: MatchPair[];
  explanation: string;
}

/** Predict what AWS decides for a shown scenario; the engine checks the stated answer in CI. */
export interface PredictDecisionItem extends QuizItemBase {
  kind: 'predict-decision';
  /** The request and its policies, as the engine takes it. */
  scenario: EvaluationRequest;
  answer: Decision;
  explanation: string;
}

/** Any quiz item. */
export type QuizItem = SingleChoiceItem | MultipleChoiceItem | OrderGatesItem | MatchingItem | PredictDecisionItem;

/** A bank file: the items of one topic. */
export interface QuizBankFile {
  /** Format version of the file (1). */
  version: 1;
  topic: TopicId;
  items: QuizItem[];
}

/** A learner's answer to one item, by kind. */
export type QuizAnswer =
  | { kind: 'single'; optionId: string }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'order-gates'; order: string[] }
  | { kind: 'matching'; pairs: MatchPair[] }
  | { kind: 'predict-decision'; decision: Decision };

/** A finding about a bank file or item: a code, a severity and a JSON path; never prose (the UI narrates codes). */
export interface QuizDiagnostic {
  /** Dotted code, e.g. `quiz.option.explanation-missing`. */
  code: string;
  severity: 'error' | 'warning';
  /** JSON path into the checked value, e.g. `items[3].options[1].explanation`. */
  path: string;
  /** Structured facts for narration (the offending value, the expected one, ...). */
  data?: Record<string, unknown>;
}
