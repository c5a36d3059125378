/**
 * A file system for main's stores that can be told to fail like a real one: a full disk (ENOSPC on every write), a
 * read-only folder (EROFS on every write, rename and delete), or a document that cannot be read (EACCES). Reads and
 * writes otherwise go to the real temporary folder, so tests still look at real files.
 */
import { NODE_FS, type StoreFs } from '../../../electron/main/storedFile';

/** How the file system misbehaves right now (changeable during a test). */
export type FsFault = 'none' | 'disk-full' | 'read-only' | 'unreadable';

function errno(code: string, message: string): NodeJS.ErrnoException {
  const error = new Error(`${code}: ${message}`) as NodeJS.ErrnoException;
  error.code = code;
  return error;
}

/** A `StoreFs` over the real one whose `fault` can be switched at any time. */
export class FaultyFs implements StoreFs {
  fault: FsFault = 'none';
  /** Paths written successfully, in order (temporary files included). */
  written: string[] = [];

  readFile = async (path: string, encoding: 'utf8') => {
    if (this.fault === 'unreadable' && !path.includes('.backup-'))
      throw errno('EACCES', `permission denied, open '${path}'`);
    return NODE_FS.readFile(path, encoding);
  };
  writeFile = async (path: string, text: string, encoding: 'utf8') => {
    if (this.fault === 'disk-full') throw errno('ENOSPC', `no space left on device, write`);
    if (this.fault === 'read-only' || this.fault === 'unreadable')
      throw errno('EROFS', `read-only file system, open '${path}'`);
    await NODE_FS.writeFile(path, text, encoding);
    this.written.push(path);
  };
  rename = async (from: string, to: string) => {
    if (this.fault === 'read-only' || this.fault === 'unreadable')
      throw errno('EROFS', `read-only file system, rename '${from}'`);
    return NODE_FS.rename(from, to);
  };
  rm = async (path: string, options: { force: true }) => {
    if (this.fault === 'read-only' || this.fault === 'unreadable')
      throw errno('EROFS', `read-only file system, unlink '${path}'`);
    return NODE_FS.rm(path, options);
  };
  readdir = (path: string) => NODE_FS.readdir(path);
  readBytes = async (path: string) => {
    if (this.fault === 'unreadable' && !path.includes('.backup-'))
      throw errno('EACCES', `permission denied, open '${path}'`);
    return NODE_FS.readBytes(path);
  };
  copyFile = async (from: string, to: string) => {
    if (this.fault === 'disk-full') throw errno('ENOSPC', `no space left on device, copyfile '${from}'`);
    if (this.fault !== 'none') throw errno('EROFS', `read-only file system, copyfile '${from}'`);
    await NODE_FS.copyFile(from, to);
    this.written.push(to);
  };
}
