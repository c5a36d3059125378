/** `iam-lab explain-error`: an access-denied message or CloudTrail event → the deciding gate (shared/terminal/explain-error.ts). */
import type { Command } from '../command';
import { EXPLAIN_ERROR_HELP, runExplainError } from '../../shared/terminal/explain-error';

/** The explain-error command. */
export const explainErrorCommand: Command = {
  name: 'explain-error',
  summary: 'read an AccessDenied message or CloudTrail event, replay it in a world, say which gate decided',
  help: EXPLAIN_ERROR_HELP,
  run: (argv, io) => runExplainError(argv, io),
};
