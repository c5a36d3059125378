/**
 * Detective practice: the learner sees what AWS shows — an access-denied message, and on request the CloudTrail event
 * — and must name the deciding policy type and statement, then propose the smallest fix. Puzzles are generated from a
 * world; the engine grades the answers.
 */
import type { ContextValue, MfaState } from '../../../iam/request';
import type { DenialPolicyType } from '../../../iam/denial/types';
import type { WorldCommand } from '../../../world/commands/types';

/** What a puzzle hides behind a "reveal" action, and what revealing it costs. */
export interface PuzzleReveal {
  id: 'cloudtrail-event' | 'identity-policies' | 'resource-policy' | 'boundary' | 'scps' | 'rcps' | 'session-policies';
  cost: number;
}

/** A statement, as the learner names it and the grader checks it. */
export interface StatementAnswer {
  policyId: string;
  statementIndex: number;
}

/** One generated puzzle. */
export interface DetectivePuzzle {
  /** Stable id: `<world id>/<hash of the request>`. */
  id: string;
  worldId: string;
  /** The access-denied message as the AWS CLI prints it. */
  message: string;
  /** The CloudTrail event (revealed on request). */
  event: Record<string, unknown>;
  /** Policy groups in play, hidden until revealed. */
  reveals: PuzzleReveal[];
  /** Exam task tags: `SCS-C03:4.2` and, by policy type, the organization and logging tasks. */
  examTasks: string[];
  /** The request to replay (hidden from the learner; the grader uses it). */
  replay: {
    principal: string;
    action: string;
    resource: string;
    context: Record<string, ContextValue>;
    mfa?: MfaState;
  };
  /** The expected answer (hidden). */
  solution: {
    policyType: DenialPolicyType;
    kind: 'explicit' | 'implicit';
    /** The Deny statements for an explicit deny (any one is right); empty for an implicit deny (no statement decided). */
    statements: StatementAnswer[];
  };
}

/** The learner's answer. */
export interface DetectiveAnswer {
  policyType?: DenialPolicyType;
  /** The deciding statement; `null` for "no statement: nothing allows it" (an implicit deny). */
  statement?: StatementAnswer | null;
  /** The proposed fix: one world command. */
  fix?: WorldCommand;
}

/** How a fix fares. */
export type FixGradeCode =
  | 'practice.fix-missing'
  | 'practice.fix-refused'
  | 'practice.fix-does-not-work'
  | 'practice.fix-too-broad'
  | 'practice.fix-minimal';

/** The grade of an answer: each part right or wrong, with what was expected, and points. */
export interface DetectiveGrade {
  policyType: { correct: boolean; expected: DenialPolicyType };
  statement: { correct: boolean; expected: StatementAnswer[] };
  fix: {
    code: FixGradeCode;
    /** Other requests of the world (principal · action · resource) the fix newly allows. */
    alsoAllows: string[];
  };
  /** 3 for the type, 3 for the statement, 4 for a minimal fix (2 for one that works but allows more): 10 at most. */
  points: number;
}
