/**
 * The browser twin's file picker and download: `files:open` clicks a hidden `<input type=file>` (resolving `null`
 * when the user cancels), `files:save` hands the text to the browser as a download. Nothing leaves the machine.
 */
import { MAX_FILE_CHARS, type OpenedFile, type OpenFileRequest, type SavedFile, type SaveFileRequest } from '../../../shared/ipc/files';
import { fail, ok, type Result } from '../../../shared/ipc/result';

/** Lets the user pick one JSON file and reads it. */
export function pickTextFile(_request: OpenFileRequest): Promise<Result<OpenedFile | null>> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.hidden = true;
    input.dataset.testid = 'host-file-input';
    const done = (result: Result<OpenedFile | null>) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => done(ok(null)));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done(ok(null));
      if (file.size > MAX_FILE_CHARS) return done(fail('files.too-large', `${file.name} is too large to open.`));
      file.text().then(
        (text) => done(ok({ name: file.name, text })),
        (error: unknown) => done(fail('files.unreadable', `${file.name} could not be read: ${String(error)}`)),
      );
    });
    document.body.append(input);
    input.click();
  });
}

/** Offers the text as a download with the suggested name. */
export async function downloadText({ suggestedName, text }: SaveFileRequest): Promise<Result<SavedFile>> {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return ok({ saved: true, name: suggestedName });
}
