/**
 * The exam → domain → task statement map, kept as data because AWS revises its exam guides.
 *
 * CAUTION: a file format (`shared/lessons/exams/*.json`); quiz items refer to task ids such as `SAA-C03:1.1`.
 */

/** One task statement of an exam guide. */
export interface ExamTask {
  /** `<exam>:<domain>.<task>`, e.g. `SCS-C03:4.2`. */
  id: string;
  title: string;
  /** How the title was checked: against the exam guide itself, or inferred from summaries of it (content-review.md). */
  checked?: 'guide' | 'inferred';
}

/** One content domain of an exam guide, with its share of the scored questions. */
export interface ExamDomain {
  /** `<exam>:<domain>`, e.g. `SCS-C03:4`. */
  id: string;
  title: string;
  /** Percent of scored content. */
  weight: number;
  tasks: ExamTask[];
}

/** One exam guide. */
export interface ExamMap {
  version: 1;
  /** Exam code, e.g. `SAA-C03`. */
  exam: string;
  title: string;
  source?: string;
  /** The exam guide's address. */
  sourceUrl?: string;
  /** Date (YYYY-MM-DD) AWS retired the exam; a retired exam is shown as such and is never a default. */
  retired?: string;
  /** The exam that replaced a retired one. */
  replacedBy?: string;
  domains: ExamDomain[];
}

/** The exams a learner can still sit, in the given order. */
export function currentExams(maps: readonly ExamMap[]): ExamMap[] {
  return maps.filter((m) => m.retired === undefined);
}

/** The exam practice starts with: the first current exam whose code is `preferred`, else the first current one. */
export function defaultExam(maps: readonly ExamMap[], preferred?: string): ExamMap | undefined {
  const current = currentExams(maps);
  return current.find((m) => m.exam === preferred) ?? current[0];
}

/** Where a task statement sits: its exam and domain. */
export interface TaskLocation {
  exam: string;
  domain: ExamDomain;
  task: ExamTask;
}

/** Builds a lookup from task id to its exam and domain, so items can be grouped by domain. */
export function indexTasks(maps: readonly ExamMap[]): Map<string, TaskLocation> {
  const index = new Map<string, TaskLocation>();
  for (const map of maps) {
    for (const domain of map.domains) {
      for (const task of domain.tasks) index.set(task.id, { exam: map.exam, domain, task });
    }
  }
  return index;
}

/** The exam code of a task or domain id (`SAA-C03:1.1` → `SAA-C03`). */
export function examOf(taskOrDomainId: string): string {
  const colon = taskOrDomainId.indexOf(':');
  return colon < 0 ? taskOrDomainId : taskOrDomainId.slice(0, colon);
}
