/**
 * The lesson player's state: which lesson and step are on screen, the lesson's own sandbox world (a separate
 * `WorldStore`, so a lesson never touches the user's world), task checks, hints, the visible solution, quiz answers
 * and the theatre panel. World building and checking are the pure helpers of `shared/lessons/checks/task-flow.ts`
 * — the same ones CI replays — so what the learner gets is what CI proves.
 */
import type { Decision } from '../../../shared/iam/request';
import type { Lesson, LessonQuestion, LessonRequest, LessonStep } from '../../../shared/lessons/lesson-types';
import { applySolution, checkTask, worldAtStep } from '../../../shared/lessons/checks/task-flow';
import { firstFailure, type CheckDetail } from '../../../shared/lessons/checks/run-check';
import type { LessonProgress } from '../../../shared/ipc/progress';
import { lessonQuestionItem, type QuestionModel } from '../../../shared/lessons/question-item';
import { gradeAnswer } from '../../../shared/lessons/quiz-check';
import type { QuizAnswer } from '../../../shared/lessons/quiz-types';
import type { TopicId } from '../../../shared/lessons/topics';
import { BUILTIN_LESSONS } from '../lessons/builtinLessons';
import type { ProgressStore } from '../lessons/progressStore.svelte';
import { viewOf, type TheatreView } from '../lessons/theatreView';
import { isoAt } from '../lessons/clock';
import { checkAt } from '../lessons/checkText';
import { evaluateStated, type StatedEvaluation } from '../lessons/statedRequest';
import { draftFromEngineRequest, draftFromPlainRequest } from '../../../shared/theatre/handoff';
import type { TheatreHandoff } from '../session/scenarioState.svelte';
import { WorldSession } from '../session/worldSession.svelte';
import type { WorldStore } from './worldStore.svelte';
import type { WorldView } from './worldView.svelte';

/** The outcome of the last "Check" of a task. */
export interface TaskCheckState {
  pass: boolean;
  details: CheckDetail[];
  /** The first failing leaf (what the player names), if any. */
  failure?: CheckDetail;
}

/** A learner's answer to one lesson question (in the bank's answer shape), and whether it was submitted. */
export interface QuestionState {
  answer?: QuizAnswer;
  submitted: boolean;
  correct: boolean;
}

/** Pause between the commands of "Show solution", so each change is seen in the graph. */
export const SOLUTION_STEP_MS = 500;

/** Waits `ms` milliseconds (the real clock by default; tests pass one that resolves at once). */
export type Wait = (ms: number) => Promise<void>;
const sleep: Wait = (ms) => new Promise((r) => setTimeout(r, ms));

const EMPTY_QUESTION: QuestionState = { submitted: false, correct: false };

/** The lesson player; one instance per app. */
export class LessonRunner {
  /** Lessons imported from packs this session (shown after the built-in ones). */
  imported = $state.raw<Lesson[]>([]);
  lessons: Lesson[] = $derived([...BUILTIN_LESSONS, ...this.imported]);
  lesson = $state.raw<Lesson | null>(null);
  index = $state(0);
  /** True once the learner went past the last step. */
  finished = $state(false);
  /** The lesson's own world session (never saved; the terminal and undo act on it while the lesson is on screen). */
  readonly session = new WorldSession({ kind: 'lesson', label: 'Lesson' });
  check = $state.raw<TaskCheckState | null>(null);
  hints = $state(0);
  solutionPlaying = $state(false);
  /** The solution command being played (1-based), for the "step k of n" note. */
  solutionStep = $state(0);
  questions = $state<Record<string, QuestionState>>({});
  theatre = $state.raw<TheatreView | null>(null);
  /** A problem building the lesson's world (a lesson bug), shown instead of the step. */
  problem = $state<string | null>(null);
  /**
   * Said on screen when a step runs on the lesson's reference world instead of the learner's (a demo or a predict
   * question whose answer differs in the learner's world): what it is and how the worlds differ. Null otherwise.
   */
  referenceNote = $state<string | null>(null);
  /** The world the last Check ran on: a result for another world is stale and not shown. */
  checkedWorld = $state.raw<unknown>(null);
  readonly progress: ProgressStore;

  step: LessonStep | undefined = $derived(this.lesson?.steps[this.index]);

  #openInEvaluate: (handoff: TheatreHandoff) => void;
  #wait: Wait;

  constructor(
    progress: ProgressStore,
    openInEvaluate: (handoff: TheatreHandoff) => void = () => {},
    wait: Wait = sleep,
  ) {
    this.progress = progress;
    this.#openInEvaluate = openInEvaluate;
    this.#wait = wait;
  }

  /** The lesson world's store. */
  get store(): WorldStore {
    return this.session.store;
  }

  /** The lesson world's view filters. */
  get view(): WorldView {
    return this.session.view;
  }

  /** Saved progress of a lesson. */
  progressOf(id: string): LessonProgress | undefined {
    return this.progress.value.lessons[id];
  }

  /** Opens a lesson where the learner left it (or at the start); waits for saved progress first. */
  async open(id: string): Promise<void> {
    await this.progress.load();
    const lesson = this.lessons.find((l) => l.id === id);
    if (!lesson) return;
    this.lesson = lesson;
    const n = this.lessons.indexOf(lesson) + 1;
    this.session.label = `${n}. ${lesson.title}`;
    const saved = this.progressOf(id);
    const at = saved && !saved.completed ? Math.min(saved.step, lesson.steps.length - 1) : 0;
    this.finished = false;
    this.#enter(at);
  }

  /** The lesson after the open one in the catalogue (built-in order, then imported), for "Next" on finishing. */
  get nextLesson(): Lesson | undefined {
    const i = this.lesson ? this.lessons.indexOf(this.lesson) : -1;
    return i >= 0 ? this.lessons[i + 1] : undefined;
  }

  /** Back to the catalogue. */
  close(): void {
    this.lesson = null;
    this.theatre = null;
    this.check = null;
  }

  /**
   * Shows step `i`. Moving on (`keep`) keeps the learner's own world, so later steps build on what they made; opening,
   * resuming, going back and Reset start from the world every earlier task's solution makes.
   */
  #enter(i: number, keep = false): void {
    const lesson = this.lesson;
    if (!lesson) return;
    this.index = i;
    this.check = null;
    this.hints = 0;
    this.theatre = null;
    this.solutionStep = 0;
    this.referenceNote = null;
    if (!keep) {
      const built = worldAtStep(lesson, i);
      if (!built.ok) {
        this.problem = `${built.error.code} at ${built.error.path}`;
        return;
      }
      this.problem = null;
      this.store.load(built.world);
    }
    const step = lesson.steps[i];
    if (step.kind === 'quiz') {
      const qs: Record<string, QuestionState> = {};
      for (const q of step.questions) qs[q.id] = { ...EMPTY_QUESTION };
      this.questions = qs;
    }
    const focus = 'focus' in step ? step.focus : undefined;
    const first = focus?.find((id) => this.store.graph.nodes.some((n) => n.id === id));
    if (first) this.store.selected = first;
    if (step.kind === 'demo') this.playDemo();
  }

  /** The step's JSON path (for check details). */
  get stepPath(): string {
    return `steps[${this.index}]`;
  }

  /** Whether the current step lets the learner go on. */
  get canContinue(): boolean {
    const step = this.step;
    if (!step || !this.lesson) return false;
    const saved = this.progressOf(this.lesson.id);
    if (step.kind === 'task')
      return this.check?.pass === true || !!saved?.done.includes(step.id) || !!saved?.skipped.includes(step.id);
    if (step.kind === 'quiz') return step.questions.every((q) => this.questions[q.id]?.submitted);
    return true;
  }

  async #save(patch: (p: LessonProgress) => LessonProgress): Promise<void> {
    if (!this.lesson) return;
    const id = this.lesson.id;
    const current = this.progressOf(id) ?? { step: 0, done: [], skipped: [], completed: false };
    await this.progress.setLesson(id, { ...patch(current), updatedAt: isoAt() });
  }

  #markDone(stepId: string, skipped = false): Promise<void> {
    return this.#save((p) => ({
      ...p,
      done: p.done.includes(stepId) ? p.done : [...p.done, stepId],
      skipped: skipped && !p.skipped.includes(stepId) ? [...p.skipped, stepId] : p.skipped,
    }));
  }

  /** Goes to the next step (saving the current one as done), or finishes the lesson. */
  async next(): Promise<void> {
    const lesson = this.lesson;
    const step = this.step;
    if (!lesson || !step || !this.canContinue) return;
    await this.#markDone(step.id);
    const nextIndex = this.index + 1;
    if (nextIndex >= lesson.steps.length) {
      this.finished = true;
      this.theatre = null;
      await this.#save((p) => ({ ...p, step: lesson.steps.length - 1, completed: true }));
      return;
    }
    await this.#save((p) => ({ ...p, step: nextIndex }));
    this.#enter(nextIndex, true);
  }

  /** Goes back one step (its world is rebuilt from the start world and the earlier solutions). */
  back(): void {
    if (this.index > 0) this.#enter(this.index - 1);
  }

  /** Jumps to a step already reached. */
  goTo(i: number): void {
    if (!this.lesson || i < 0 || i >= this.lesson.steps.length) return;
    this.finished = false;
    this.#enter(i);
  }

  /** Starts the lesson over: progress cleared, step 1, fresh world. */
  async restart(): Promise<void> {
    if (!this.lesson) return;
    await this.progress.clearLesson(this.lesson.id);
    this.finished = false;
    this.#enter(0);
  }

  /** Runs the task's checks on the learner's world. */
  async runCheck(): Promise<void> {
    const step = this.step;
    if (step?.kind !== 'task') return;
    this.checkedWorld = this.store.world;
    const r = checkTask(this.store.world, step, this.stepPath);
    const failure = r.details.map(firstFailure).find((f) => f !== undefined);
    this.check = { ...r, ...(failure ? { failure } : {}) };
    if (r.pass) await this.#markDone(step.id);
  }

  /** Opens a check's evaluation in the theatre panel. */
  openCheckInTheatre(detail: CheckDetail): void {
    if (!detail.request || !detail.result) return;
    this.theatre = viewOf(
      'The failing check, replayed',
      detail.request,
      detail.result,
      detail.expected as Decision | undefined,
    );
  }

  /**
   * Opens a check's evaluation in the Evaluate area's full theatre: the lesson world as it is now (in the theatre's
   * own scenario store), the check's request in the request builder, and the very evaluation the check ran.
   */
  openCheckInEvaluate(detail: CheckDetail): void {
    const step = this.step;
    if (!detail.request || !detail.result || !this.lesson) return;
    const check = step?.kind === 'task' ? checkAt(step, detail.path) : undefined;
    const draft =
      check && 'request' in check ? draftFromPlainRequest(check.request) : draftFromEngineRequest(detail.request);
    this.#openInEvaluate({
      source: `Lesson “${this.lesson.title}” — the failing check`,
      world: this.store.world,
      draft,
      request: detail.request,
      result: detail.result,
    });
  }

  /** Shows one more hint (three at most). */
  hint(): void {
    const step = this.step;
    if (step?.kind === 'task') this.hints = Math.min(step.hints.length, this.hints + 1);
  }

  /** Plays the solution's commands one by one on the learner's world (from the step's start world), then checks. */
  async showSolution(): Promise<void> {
    const step = this.step;
    if (step?.kind !== 'task' || this.solutionPlaying) return;
    this.solutionPlaying = true;
    try {
      this.reset();
      for (let k = 0; k < step.solution.length; k++) {
        await this.#wait(SOLUTION_STEP_MS);
        if (this.step !== step) return;
        this.solutionStep = k + 1;
        this.store.apply(step.solution[k], `Solution ${k + 1}/${step.solution.length}: ${step.solution[k].type}`);
      }
      await this.#save((p) => ({ ...p, skipped: p.skipped.includes(step.id) ? p.skipped : [...p.skipped, step.id] }));
      await this.runCheck();
    } finally {
      this.solutionPlaying = false;
    }
  }

  /** Puts the step's start world back. */
  reset(): void {
    const lesson = this.lesson;
    if (!lesson) return;
    const built = worldAtStep(lesson, this.index);
    if (built.ok) this.store.load(built.world);
    this.check = null;
    this.theatre = null;
  }

  /** Skips a task: marks it skipped and moves on (the next step's world includes its solution). */
  async skip(): Promise<void> {
    const step = this.step;
    if (!step || !this.lesson) return;
    await this.#markDone(step.id, step.kind === 'task');
    // A skipped task's solution goes into the learner's world (one undo step), so later steps build on it. When it
    // cannot (the learner's own work conflicts with it), the next step starts from the lesson's reference world, and
    // the player says so.
    let note: string | null = null;
    if (step.kind === 'task' && !checkTask(this.store.world, step, this.stepPath).pass) {
      const applied = applySolution(this.store.world, step, this.stepPath);
      if (applied.ok) this.store.replaceWorld(applied.world, `skipped: ${step.title ?? step.id} (its solution)`);
      else {
        const ref = worldAtStep(this.lesson, this.index + 1);
        if (ref.ok) this.store.load(ref.world);
        note = `Your changes and this task's solution do not fit together (${applied.error.code}), so the next step starts from the lesson's reference world.`;
      }
    }
    this.check = { pass: true, details: [] };
    this.checkedWorld = this.store.world;
    if (step.kind === 'quiz')
      for (const q of step.questions) this.questions[q.id] = { ...this.questions[q.id], submitted: true };
    await this.next();
    if (note) this.referenceNote = note;
  }

  /** Whether the last Check result belongs to the world on screen (a later change makes it stale). */
  get checkFresh(): boolean {
    return this.check !== null && this.checkedWorld === this.store.world;
  }

  /** A stated request evaluated on this lesson's worlds (`lessons/statedRequest.ts`). */
  #evaluateStated(request: LessonRequest, expected: Decision): StatedEvaluation {
    return evaluateStated(this.store.world, this.lesson, this.index, request, expected);
  }

  /** Replays the demo's request in the theatre panel (on the learner's world when it gives the lesson's answer). */
  playDemo(): void {
    const step = this.step;
    if (step?.kind !== 'demo') return;
    const { ev, note } = this.#evaluateStated(step.request, step.expect);
    this.referenceNote = note;
    if (!ev.ok) {
      this.problem = `demo request: ${ev.code}`;
      return;
    }
    this.theatre = viewOf(step.title ?? 'Demo', ev.request, ev.result, step.expect);
  }

  /**
   * A lesson question as the app's one question model (a quiz item; a predict question's request evaluated in the
   * lesson world as it is now, or the reference world with `note` saying so), or undefined when its request cannot be
   * built (a lesson bug).
   */
  questionView(q: LessonQuestion): { model: QuestionModel; note: string | null } | undefined {
    const lesson = this.lesson;
    if (!lesson) return undefined;
    const ctx = { topic: lesson.topic as TopicId, examTasks: lesson.examTasks };
    if (q.type !== 'predict') {
      const model = lessonQuestionItem(q, ctx);
      return model ? { model, note: null } : undefined;
    }
    const { ev, note } = this.#evaluateStated(q.request, q.answer);
    const model = ev.ok ? lessonQuestionItem(q, { ...ctx, scenario: ev.request }) : undefined;
    return model ? { model, note } : undefined;
  }

  /** Records the learner's (not yet submitted) answer to a question. */
  answer(q: LessonQuestion, answer: QuizAnswer): void {
    const s = this.questions[q.id] ?? EMPTY_QUESTION;
    if (!s.submitted) this.questions[q.id] = { ...s, answer };
  }

  /** Submits one quiz answer, graded by the bank's one grader. */
  submit(q: LessonQuestion): void {
    const s = this.questions[q.id];
    const view = this.questionView(q);
    if (!s?.answer || !view) return;
    this.questions[q.id] = { ...s, submitted: true, correct: gradeAnswer(view.model.item, s.answer).correct };
  }

  /** Clears a submitted quiz answer to try again. */
  retry(q: LessonQuestion): void {
    this.questions[q.id] = { ...EMPTY_QUESTION };
  }

  /** Shows a predict question's request in the theatre (after answering). */
  openQuestionInTheatre(q: LessonQuestion): void {
    if (q.type !== 'predict') return;
    const { ev } = this.#evaluateStated(q.request, q.answer);
    if (ev.ok) this.theatre = viewOf('The scenario, replayed', ev.request, ev.result, q.answer);
  }

  /** Adds lessons from a pack (replacing lessons with the same id). */
  addLessons(lessons: Lesson[]): void {
    const ids = lessons.map((l) => l.id);
    this.imported = [
      ...this.imported.filter((l) => !ids.includes(l.id)),
      ...lessons.filter((l) => !BUILTIN_LESSONS.some((b) => b.id === l.id)),
    ];
  }
}
