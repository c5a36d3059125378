/**
 * Main's side of `files:open` / `files:save`: show the native dialog, read or write the chosen file, answer with text
 * or a flag. The Electron dialog and the disk come in as `FileDeps`, so tests drive the handlers with fakes.
 */
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { MAX_FILE_CHARS, type OpenPurpose } from '../../shared/ipc/files';
import { fail, ok } from '../../shared/ipc/result';

/** The dialog options used here (a subset of Electron's). */
export interface DialogFilter {
  name: string;
  extensions: string[];
}

/** What the handlers need from Electron and the file system. */
export interface FileDeps {
  showOpenDialog(options: {
    title: string;
    properties: ['openFile'];
    filters: DialogFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: DialogFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  /** Size in bytes, to refuse huge files before reading them. */
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<string>;
  /** Writes through a temporary file and a rename. */
  writeFileAtomic(path: string, text: string): Promise<void>;
}

const JSON_FILTERS: DialogFilter[] = [
  { name: 'JSON', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

const OPEN_TITLES: Record<OpenPurpose, string> = {
  scenario: 'Open scenario',
  'authz-details': 'Import get-account-authorization-details output',
};

/** The last path segment, for either separator. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Builds the two file handlers over `deps`. */
export function createFileHandlers(deps: FileDeps): Pick<ChannelHandlers, 'files:open' | 'files:save'> {
  return {
    'files:open': async ({ purpose }) => {
      const picked = await deps.showOpenDialog({
        title: OPEN_TITLES[purpose],
        properties: ['openFile'],
        filters: JSON_FILTERS,
      });
      const path = picked.filePaths[0];
      if (picked.canceled || !path) return ok(null);
      const name = baseName(path);
      try {
        if ((await deps.fileSize(path)) > MAX_FILE_CHARS)
          return fail('files.too-large', `${name} is too large to open.`);
        return ok({ name, text: await deps.readFile(path) });
      } catch (error) {
        return fail('files.unreadable', `${name} could not be read: ${(error as Error).message}`);
      }
    },
    'files:save': async ({ suggestedName, text }) => {
      const picked = await deps.showSaveDialog({ title: 'Save', defaultPath: suggestedName, filters: JSON_FILTERS });
      if (picked.canceled || !picked.filePath) return ok({ saved: false });
      const name = baseName(picked.filePath);
      try {
        await deps.writeFileAtomic(picked.filePath, text);
        return ok({ saved: true, name });
      } catch (error) {
        return fail('files.unwritable', `${name} could not be written: ${(error as Error).message}`);
      }
    },
  };
}

/** Handlers for hosts without dialogs (tests that do not care): every call says so. */
export const NO_FILE_DIALOGS: Pick<ChannelHandlers, 'files:open' | 'files:save'> = {
  'files:open': async () => fail('files.unavailable', 'Opening files is not available here.'),
  'files:save': async () => fail('files.unavailable', 'Saving files is not available here.'),
};
