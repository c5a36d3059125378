/**
 * The one storage discipline every stored document follows, in both hosts (main over files, the twin over
 * `localStorage`): what to do with what was found when opening, and which problems the notice shows. The hosts only
 * carry out the plan with their own storage; the decisions live here, once.
 *
 * The rules: anything unusable (corrupt, newer, an entry that does not read) is copied to a backup before anything is
 * written; if the backup cannot be made, the document is never written (read-only for the session); a failed write is
 * a problem the user sees, and the next write (a retry) clears it.
 */
import { fail, type Result } from './result';
import type { BackupReason, StoredDocumentName, StoreProblem, StoreStatus } from './storeStatus';

/** The verdict shapes the document classifiers return (app document, worlds document). */
export type OpenVerdict<D> =
  | { kind: 'missing' }
  | { kind: 'usable'; document: D; setAside?: string[]; progressVersion?: number }
  | { kind: 'corrupt' }
  | { kind: 'newer-version'; foundVersion: number };

/** What a host does after reading a document. */
export interface OpenPlan<D> {
  /** The document to use in memory. */
  document: D;
  /** True when the found text must be copied to a backup before anything is written. */
  backup: boolean;
  /** True when the document should be written now (first start, or replacing an unusable one). */
  write: boolean;
  /** The problem to report (its `location` and `backup` are filled in by the host). */
  problem?: Omit<StoreProblem, 'location'>;
  /** The whole-document backup as `store:status` reported it before problems existed (kept for older readers). */
  legacy?: { reason: BackupReason; foundVersion?: number };
}

/** Decides what to do with a classified document; `fresh` makes the document of a first start. */
export function planOpen<D>(document: StoredDocumentName, verdict: OpenVerdict<D>, fresh: () => D): OpenPlan<D> {
  switch (verdict.kind) {
    case 'missing':
      return { document: fresh(), backup: false, write: true };
    case 'corrupt':
      return {
        document: fresh(),
        backup: true,
        write: true,
        problem: { document, kind: 'corrupt' },
        legacy: { reason: 'corrupt' },
      };
    case 'newer-version':
      return {
        document: fresh(),
        backup: true,
        write: true,
        problem: { document, kind: 'newer-version', foundVersion: verdict.foundVersion },
        legacy: { reason: 'newer-version', foundVersion: verdict.foundVersion },
      };
    case 'usable': {
      const entries = verdict.setAside ?? [];
      if (verdict.progressVersion !== undefined)
        return {
          document: verdict.document,
          backup: true,
          write: false,
          problem: {
            document,
            kind: 'newer-section',
            foundVersion: verdict.progressVersion,
            ...(entries.length ? { entries } : {}),
          },
        };
      if (entries.length > 0)
        return {
          document: verdict.document,
          backup: true,
          write: false,
          problem: { document, kind: 'entries-set-aside', entries },
        };
      return { document: verdict.document, backup: false, write: false };
    }
  }
}

/** The message of whatever a storage call threw (`ENOSPC: no space left on device`, `QuotaExceededError`). */
export function storageErrorText(error: unknown): string {
  if (error instanceof Error)
    return error.name === 'QuotaExceededError' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

/**
 * The `store.write-failed` answer to a settings or progress save the storage refused: the change stays in memory, so
 * a retry (or any later save) writes it. `open` names what must stay open (`IAM Lab`, `this page`).
 */
export function appDocumentWriteFailed(what: 'settings' | 'progress', error: unknown, open: string): Result<never> {
  return fail(
    'store.write-failed',
    `Your ${what} could not be saved (${storageErrorText(error)}). The change is kept while ${open} is open; retry once there is room.`,
  );
}

/**
 * A document's problems over one session: those found on opening, plus the state of the last write. Hosts keep one
 * per document and put `list()` into `store:status`.
 */
export class DocumentProblems {
  #found: StoreProblem[] = [];
  #write: StoreProblem | null = null;
  readonly document: StoredDocumentName;
  readonly location: string;

  constructor(document: StoredDocumentName, location: string) {
    this.document = document;
    this.location = location;
  }

  /** Records a problem found while opening. */
  found(problem: Omit<StoreProblem, 'location'>): void {
    this.#found.push({ ...problem, location: this.location });
  }

  /** Records that the document could not even be read: it is left untouched and nothing is written this session. */
  unreadable(error: unknown): void {
    this.found({ document: this.document, kind: 'unreadable', detail: storageErrorText(error) });
    this.readOnly(storageErrorText(error));
  }

  /** Records that the document cannot be written this session (read-only folder, no room for the backup). */
  readOnly(detail: string): void {
    this.#write = { document: this.document, kind: 'read-only', location: this.location, detail };
  }

  /** True when writing is refused for this session. */
  get isReadOnly(): boolean {
    return this.#write?.kind === 'read-only';
  }

  /** Records the outcome of a write: a failure is shown until a later write succeeds. */
  wrote(error?: unknown): void {
    if (this.isReadOnly) return;
    this.#write =
      error === undefined
        ? null
        : { document: this.document, kind: 'write-failed', location: this.location, detail: storageErrorText(error) };
  }

  /** Every current problem, found ones first. */
  list(): StoreProblem[] {
    return this.#write ? [...this.#found, this.#write] : [...this.#found];
  }
}

/** Puts both documents' problems into a status (no `problems` field when there are none). */
export function withProblems(status: StoreStatus, ...logs: DocumentProblems[]): StoreStatus {
  const problems = logs.flatMap((log) => log.list());
  return problems.length > 0 ? { ...status, problems } : status;
}

/** The error a refused write throws when the document is read-only this session. */
export function readOnlyError(problems: DocumentProblems): Error {
  const detail = problems.list().find((p) => p.kind === 'read-only')?.detail;
  return new Error(`IAM Lab cannot save here this session${detail ? ` (${detail})` : ''}`);
}

/** How the backup step of a plan went: made (its name), failed (the error), or not needed (null). */
export type BackupOutcome = { name: string } | { error: unknown } | null;

/** One document's part of `store:status`: where it lives, and the whole-document backup made on opening, if any. */
export type DocumentStatus = NonNullable<StoreStatus['worlds']>;

/**
 * Records the plan's problem with the backup's name, or — when the backup could not be made — without it and with
 * the document read-only for the session (no backup, no write). Answers the document's part of `store:status`.
 */
export function settleBackup<D>(problems: DocumentProblems, plan: OpenPlan<D>, outcome: BackupOutcome): DocumentStatus {
  const status: DocumentStatus = { location: problems.location };
  if (outcome && 'error' in outcome) {
    if (plan.problem) problems.found(plan.problem);
    problems.readOnly(`the backup could not be made: ${storageErrorText(outcome.error)}`);
    return status;
  }
  if (plan.problem) problems.found(outcome ? { ...plan.problem, backup: outcome.name } : plan.problem);
  return outcome && plan.legacy ? { ...status, backup: { ...plan.legacy, name: outcome.name } } : status;
}
