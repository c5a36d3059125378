/**
 * `iam-lab lessons check <dir|pack.json|lesson.json>`: parses every lesson and replays it against the engine (demo
 * decisions, each task failing at its start and passing after its solution, predict-the-decision answers). Prints one
 * line per lesson and exits 1 when any lesson fails — the same check CI runs over the built-in lessons.
 */
import { readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT, type CliIO } from '../io';
import { readLessonFiles, readPackText, PACK_FORMAT, type PackReadResult } from '../../shared/lessons/pack';
import { replayLesson } from '../../shared/lessons/checks/replay';
import { failLines, okLine } from './format-report';

/** File-system access the command needs beyond `CliIO` (tests pass fakes). */
export interface LessonsFs {
  /** True when the path (resolved against cwd) is a directory. */
  isDirectory(path: string): Promise<boolean>;
  /** File names in a directory. */
  list(path: string): Promise<string[]>;
}

/** The real file system. */
export function nodeLessonsFs(cwd: string): LessonsFs {
  return {
    isDirectory: async (p) => (await stat(resolve(cwd, p))).isDirectory(),
    list: async (p) => readdir(resolve(cwd, p)),
  };
}

const USAGE = 'usage: iam-lab lessons check <dir | pack.json | lesson.json>\n';

/** Reads the lessons at `target`: a folder of lesson files, a pack file, or one lesson file. */
async function readTarget(target: string, io: CliIO, fs: LessonsFs): Promise<PackReadResult> {
  if (await fs.isDirectory(target)) {
    const names = (await fs.list(target)).filter((n) => n.endsWith('.json')).sort();
    const files = await Promise.all(
      names.map(async (name) => ({ name, text: await io.readFile(`${target}/${name}`) })),
    );
    return readLessonFiles(files);
  }
  const text = await io.readFile(target);
  if (text.includes(`"${PACK_FORMAT}"`)) return readPackText(text);
  return readLessonFiles([{ name: target, text }]);
}

/** Runs `lessons <subcommand> ...` (argv without the leading `lessons`). Returns the exit code. */
export async function runLessonsCommand(
  argv: string[],
  io: CliIO,
  fs: LessonsFs = nodeLessonsFs(io.cwd),
): Promise<number> {
  const [sub, target, ...rest] = argv;
  if (sub !== 'check' || !target || rest.length > 0) {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  let read: PackReadResult;
  try {
    read = await readTarget(target, io, fs);
  } catch (e) {
    io.stderr(`iam-lab lessons: cannot read ${target}: ${(e as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return EXIT.input;
  }
  let failed = read.problems.length > 0;
  for (const p of read.problems) io.stdout(failLines(p.source, p.diagnostics));
  for (const lesson of read.lessons) {
    const report = replayLesson(lesson);
    if (report.ok) io.stdout(okLine(lesson.id, report));
    else {
      failed = true;
      io.stdout(failLines(lesson.id, report.failures));
    }
  }
  if (read.lessons.length === 0 && read.problems.length === 0) {
    io.stderr(`iam-lab lessons: no lesson files in ${target}\n`);
    return EXIT.input;
  }
  return failed ? EXIT.findings : EXIT.ok;
}
