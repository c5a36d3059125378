/**
 * The exam → domain → task statement map, kept as data because AWS revises its exam guides.
 *
 * CAUTION: a file format (`shared/lessons/exams/*.json`); quiz items refer to task ids such as `SAA-C03:1.1`.
 */

/** One task statement of an exam guide. */
export interface ExamTask {
  /** `<exam>:<domain>.<task>`, e.g. `SCS-C02:4.2`. */
  id: string;
  title: string;
}

/** One content domain of an exam guide, with its share of the scored questions. */
export interface ExamDomain {
  /** `<exam>:<domain>`, e.g. `SCS-C02:4`. */
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
  domains: ExamDomain[];
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
