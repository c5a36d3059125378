/**
 * The words the storage notice shows for each stored-document problem: what happened, where the untouched copy is,
 * and what the user can do (restore it, free space, make the folder writable). Pure, so the fault-injection suite
 * asserts exactly what the user reads, for the desktop (file paths) and the browser twin (`localStorage:` keys).
 */
import type { StoreProblem } from './storeStatus';

/** One notice line: the headline, and the next step when there is one. */
export interface StoreNoticeText {
  headline: string;
  /** Where the backup is and how to restore it, or what to do next. */
  help?: string;
  /** True when the problem is still going on and a retry may fix it (a failing save). */
  retry: boolean;
}

const STORAGE_PREFIX = 'localStorage:';

/** What a document holds, in the user's words. */
function what(problem: StoreProblem): string {
  return problem.document === 'app' ? 'settings and progress' : 'sandboxes (worlds)';
}

/** The folder and file name of a desktop location (either separator), or the key of a browser one. */
function place(location: string): { browser: boolean; folder: string; file: string } {
  if (location.startsWith(STORAGE_PREFIX))
    return { browser: true, folder: "this browser's storage", file: location.slice(STORAGE_PREFIX.length) };
  const cut = Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\'));
  return { browser: false, folder: location.slice(0, Math.max(cut, 0)), file: location.slice(cut + 1) };
}

/** How to put a backup back in place. */
function restoreHelp(problem: StoreProblem, reason: string): string | undefined {
  if (!problem.backup) return undefined;
  const { browser, folder, file } = place(problem.location);
  if (browser)
    return (
      `Nothing was deleted: ${reason} is kept in this browser's storage under the key ${problem.backup}. ` +
      `To go back to it, copy that key's value over the key ${file} (developer tools → Application → Local Storage) and reload.`
    );
  return (
    `Nothing was deleted: ${reason} is kept as ${problem.backup} in ${folder}. ` +
    `To go back to it, quit IAM Lab and rename that file to ${file}.`
  );
}

/** The entries set aside, as a short list (`progress.lessons.iam-basics` → `lesson iam-basics`). */
function entryList(entries: readonly string[]): string {
  const names = entries.map((path) => {
    const lesson = /^progress\.lessons\.(.+)$/.exec(path);
    if (lesson) return `lesson ${lesson[1]}`;
    const card = /^progress\.review\.cards\.(.+)$/.exec(path);
    if (card) return `practice card ${card[1]}`;
    const world = /^worlds\.(.+)$/.exec(path);
    if (world) return `sandbox ${world[1]}`;
    return path;
  });
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/** The notice text of one problem. */
export function storeNoticeText(problem: StoreProblem): StoreNoticeText {
  const { browser, folder, file } = place(problem.location);
  const detail = problem.detail ? ` (${problem.detail})` : '';
  const freeSpace = browser
    ? "free some of this browser's storage (remove other sites' data, or export and delete sandboxes you no longer need)"
    : `free some disk space on the drive holding ${folder}`;
  switch (problem.kind) {
    case 'corrupt':
      return {
        headline: `Your saved ${what(problem)} could not be read, so IAM Lab started fresh.`,
        help: restoreHelp(problem, 'the unreadable copy') ?? `The unreadable ${file} was left untouched.`,
        retry: false,
      };
    case 'newer-version':
      return {
        headline: `Your saved ${what(problem)} were written by a newer IAM Lab (format ${problem.foundVersion}), so this version started fresh.`,
        help:
          restoreHelp(problem, 'the newer copy') ??
          `The newer ${file} was left untouched; open it with the newer IAM Lab.`,
        retry: false,
      };
    case 'entries-set-aside':
      return {
        headline: `${problem.entries?.length ?? 0} saved ${problem.entries?.length === 1 ? 'entry' : 'entries'} could not be read and ${problem.entries?.length === 1 ? 'was' : 'were'} set aside: ${entryList(problem.entries ?? [])}. Everything else was kept.`,
        help: restoreHelp(problem, 'a copy of the data as it was found'),
        retry: false,
      };
    case 'newer-section':
      return {
        headline: `Your progress was written by a newer IAM Lab (format ${problem.foundVersion}). This version shows what it understands of it${problem.entries?.length ? `; ${entryList(problem.entries)} could not be read` : ''}.`,
        help: restoreHelp(problem, 'a copy of the data as it was found'),
        retry: false,
      };
    case 'unreadable':
      return {
        headline: `IAM Lab could not read your saved ${what(problem)}${detail}. They were left untouched.`,
        help: browser
          ? "Allow this site to use storage in the browser's settings, then reload."
          : `Check that you may read and write ${folder}, then restart IAM Lab.`,
        retry: false,
      };
    case 'read-only':
      return {
        headline: `IAM Lab cannot save your ${what(problem)} here${detail}, so it runs read-only: changes last until you close it.`,
        help: browser
          ? `To save again, ${freeSpace}, then reload.`
          : `To save again, make ${folder} writable or ${freeSpace}, then restart IAM Lab.`,
        retry: false,
      };
    case 'write-failed':
      return {
        headline: `Your latest ${what(problem)} could not be saved${detail}. They are kept while IAM Lab stays open.`,
        help: `To save them, ${freeSpace}, then press Retry.`,
        retry: true,
      };
  }
}
