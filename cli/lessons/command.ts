/** The `lessons` entry for the `iam-lab` command table (cli/commands/index.ts adds it to COMMANDS). */
import type { Command } from '../command';
import { runLessonsCommand } from './run-lessons-command';

/** `iam-lab lessons check <dir | pack.json | lesson.json>`. */
export const lessonsCommand: Command = {
  name: 'lessons',
  summary: 'check lesson files: parse them and replay every demo, task and prediction against the engine',
  help: `usage: iam-lab lessons check <dir | pack.json | lesson.json>

Parses every lesson (a folder of lesson JSON files, a lesson pack file, or one lesson file) and replays it:
every demo's stated decision must hold, every task must fail on its start world and pass after its solution,
every predict-the-decision answer must be the engine's. Prints one line per lesson:

  ok 12-multiple-permissions  3 tasks, 1 demo, 1 quiz
  FAIL 07-policy-anatomy steps[3].expect: replay.demo-decision (expected allowed, got implicitDeny)

exit codes: 0 all lessons ok, 1 a lesson failed, 2 bad usage, 3 unreadable input. See docs/lessons.md.
`,
  run: (argv, io) => runLessonsCommand(argv, io),
};
