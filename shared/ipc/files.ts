/**
 * The `files:open` / `files:save` channels: the host shows its own file picker (a native dialog in the desktop app,
 * an `<input type=file>` or a download in the browser twin), reads or writes the file, and hands back text. The
 * renderer never sees a path it could misuse, and parsing what was read stays in the renderer (the world's parser).
 *
 * CAUTION: part of the IPC contract. Change additively.
 */
import { isRecord } from './parse';
import { fail, ok, type Result } from './result';

/** What the user is opening: it picks the dialog's title and filters. */
export type OpenPurpose = 'scenario' | 'authz-details';

/** `files:open` argument. */
export interface OpenFileRequest {
  purpose: OpenPurpose;
}

/** A file the user picked: its base name and UTF-8 text. `null` from `files:open` means the user cancelled. */
export interface OpenedFile {
  name: string;
  text: string;
}

/** `files:save` argument: a suggested base name and the text to write. */
export interface SaveFileRequest {
  suggestedName: string;
  text: string;
}

/** `files:save` answer: whether a file was written (false when the user cancelled) and its base name. */
export interface SavedFile {
  saved: boolean;
  name?: string;
}

/** The largest file either side accepts (a big account export is a few MB). */
export const MAX_FILE_CHARS = 64 * 1024 * 1024;

/** Parses `[request]` for `files:open`. */
export function parseOpenFileArgs(args: readonly unknown[]): Result<[OpenFileRequest]> {
  if (args.length !== 1) return fail('ipc.bad-argument', `Expected one argument, got ${args.length}.`, 'args');
  const req = args[0];
  if (!isRecord(req)) return fail('ipc.bad-argument', 'The open request must be an object.', 'args[0]');
  const extra = Object.keys(req).find((k) => k !== 'purpose');
  if (extra) return fail('ipc.bad-argument', `Unknown field "${extra}".`, `args[0].${extra}`);
  if (req.purpose !== 'scenario' && req.purpose !== 'authz-details') {
    return fail('ipc.bad-argument', 'Purpose must be scenario or authz-details.', 'args[0].purpose');
  }
  return ok([{ purpose: req.purpose }]);
}

/** Parses `[request]` for `files:save`: a plain file name (no folders) and text within the size limit. */
export function parseSaveFileArgs(args: readonly unknown[]): Result<[SaveFileRequest]> {
  if (args.length !== 1) return fail('ipc.bad-argument', `Expected one argument, got ${args.length}.`, 'args');
  const req = args[0];
  if (!isRecord(req)) return fail('ipc.bad-argument', 'The save request must be an object.', 'args[0]');
  const extra = Object.keys(req).find((k) => k !== 'suggestedName' && k !== 'text');
  if (extra) return fail('ipc.bad-argument', `Unknown field "${extra}".`, `args[0].${extra}`);
  const { suggestedName, text } = req;
  if (typeof suggestedName !== 'string' || !/^[^/\\:*?"<>|\0]{1,200}$/.test(suggestedName) || suggestedName.startsWith('.')) {
    return fail('ipc.bad-argument', 'The file name must be a plain name without folders.', 'args[0].suggestedName');
  }
  if (typeof text !== 'string') return fail('ipc.bad-argument', 'The file text must be a string.', 'args[0].text');
  if (text.length > MAX_FILE_CHARS) return fail('ipc.bad-argument', 'The file is too large.', 'args[0].text');
  return ok([{ suggestedName, text }]);
}
