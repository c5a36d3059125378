/** Loads bank files into one checked list of items: validation, cross-file id uniqueness, exam task existence. */
import { indexTasks } from './exams/exam-map';
import type { ExamMap } from './exams/exam-map';
import { validateBankFile } from './quiz-check';
import type { QuizBankFile, QuizDiagnostic, QuizItem } from './quiz-types';

/** A diagnostic tagged with the bank file it came from (index in the list given, and its topic if known). */
export interface BankDiagnostic extends QuizDiagnostic {
  file: number;
  topic?: string;
}

/** The usable items and every finding. Files with errors contribute no items (fail closed). */
export interface LoadedBank {
  items: QuizItem[];
  diagnostics: BankDiagnostic[];
}

/**
 * Validates every file against the exam maps and merges the valid ones. An id seen in an earlier file makes the
 * later item an error (`quiz.id.duplicate-across-files`) and it is dropped.
 */
export function loadBank(files: readonly unknown[], maps: readonly ExamMap[]): LoadedBank {
  const taskIds = new Set(indexTasks(maps).keys());
  const items: QuizItem[] = [];
  const diagnostics: BankDiagnostic[] = [];
  const seen = new Set<string>();
  files.forEach((raw, file) => {
    const topic =
      typeof (raw as { topic?: unknown })?.topic === 'string' ? (raw as { topic: string }).topic : undefined;
    const tag = (d: QuizDiagnostic): BankDiagnostic => (topic ? { ...d, file, topic } : { ...d, file });
    const found = validateBankFile(raw, { taskIds });
    diagnostics.push(...found.map(tag));
    if (found.some((d) => d.severity === 'error')) return;
    (raw as QuizBankFile).items.forEach((item, i) => {
      if (seen.has(item.id)) {
        diagnostics.push(
          tag({
            code: 'quiz.id.duplicate-across-files',
            severity: 'error',
            path: `$.items[${i}].id`,
            data: { id: item.id },
          }),
        );
        return;
      }
      seen.add(item.id);
      items.push(item);
    });
  });
  return { items, diagnostics };
}
