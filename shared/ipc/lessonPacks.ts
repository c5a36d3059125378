/**
 * Imported lesson packs kept by the host, so they survive a restart. They live in the app document (field
 * `lessonPacks`, next to `progress`) as a list of entries `{id, title, text, importedAt?}`: `text` is the pack file's
 * own text, checked again with `readPackText` every time the app starts, so a pack is always judged by the checker of
 * the running build. The channels are part of the progress domain: `progress:packs`, `progress:save-pack`,
 * `progress:remove-pack`.
 *
 * CAUTION: this is a file format (stored document). Change it only additively.
 */
import { PACK_ID_PATTERN, readPackText } from '../lessons/pack';
import { isRecord } from './parse';
import { fail, ok, type Result } from './result';

/** One stored pack. */
export interface StoredLessonPack {
  /** The pack's id (its own `id`, or derived from its title); one stored pack per id. */
  id: string;
  title: string;
  /** The pack file's text, as imported. */
  text: string;
  /** ISO time of the import (renderer clock), when known. */
  importedAt?: string;
}

/** Longest pack text a host stores (the browser twin's storage holds about 5 MB in all). */
export const PACK_TEXT_LIMIT = 2_000_000;
/** Longest stored title. */
export const PACK_TITLE_LIMIT = 200;

const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * The id under which a damaged stored entry (no usable id) is listed, so it can still be shown and removed. The `#`
 * keeps it apart from every real pack id.
 */
export function damagedPackId(index: number): string {
  return `#damaged-${index}`;
}

const DAMAGED_ID_PATTERN = /^#damaged-(0|[1-9][0-9]{0,6})$/;

/**
 * Lists what the store holds, without judging the packs (the renderer re-checks each text). Whatever cannot be read
 * as an entry is still listed — under `damagedPackId(i)`, with its raw value as text — so it is reported and kept,
 * never silently dropped. A later entry with the id of an earlier one is listed under a damaged id too.
 */
export function listStoredPacks(raw: unknown): StoredLessonPack[] {
  if (raw === undefined) return [];
  const entries = Array.isArray(raw) ? raw : [raw];
  const seen = new Set<string>();
  return entries.map((e, i) => {
    const usable =
      isRecord(e) &&
      typeof e.id === 'string' &&
      PACK_ID_PATTERN.test(e.id) &&
      !seen.has(e.id) &&
      typeof e.text === 'string';
    if (!usable) {
      const title = isRecord(e) && typeof e.title === 'string' ? e.title : `Damaged stored pack ${i + 1}`;
      return { id: damagedPackId(i), title, text: isRecord(e) && typeof e.text === 'string' ? e.text : safeText(e) };
    }
    seen.add(e.id as string);
    const out: StoredLessonPack = {
      id: e.id as string,
      title: typeof e.title === 'string' ? e.title : (e.id as string),
      text: e.text as string,
    };
    if (isIso(e.importedAt)) out.importedAt = e.importedAt;
    return out;
  });
}

function safeText(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

/**
 * Checks a pack entry sent by the renderer: the text must be a pack that passes `readPackText` whole, and the id and
 * title must be the ones the text gives — the host never stores a pack an import would refuse.
 */
export function parseStoredPack(v: unknown, path: string): Result<StoredLessonPack> {
  if (!isRecord(v)) return fail('progress.bad-pack', 'A lesson pack entry must be an object.', path);
  for (const key of Object.keys(v))
    if (!['id', 'title', 'text', 'importedAt'].includes(key))
      return fail('progress.bad-pack', `Unknown lesson pack field "${key}".`, `${path}.${key}`);
  if (typeof v.id !== 'string' || !PACK_ID_PATTERN.test(v.id))
    return fail('progress.bad-pack-id', 'A pack id is 1 to 64 lower-case letters, digits and dashes.', `${path}.id`);
  if (typeof v.title !== 'string' || v.title === '' || v.title.length > PACK_TITLE_LIMIT)
    return fail('progress.bad-pack-title', `A pack title is 1 to ${PACK_TITLE_LIMIT} characters.`, `${path}.title`);
  if (typeof v.text !== 'string') return fail('progress.bad-pack-text', 'The pack text must be text.', `${path}.text`);
  if (v.text.length > PACK_TEXT_LIMIT)
    return fail('progress.pack-too-large', 'This lesson pack is too large to keep.', `${path}.text`);
  if (v.importedAt !== undefined && !isIso(v.importedAt))
    return fail('progress.bad-pack', 'The import time must be an ISO date.', `${path}.importedAt`);
  const read = readPackText(v.text);
  if (read.problems.length > 0) {
    const p = read.problems[0];
    const d = p.diagnostics[0];
    return fail(
      'progress.pack-refused',
      `This lesson pack does not pass the lesson checker (${p.source}: ${d?.code ?? 'problem'}${d?.path ? ` at ${d.path}` : ''}).`,
      `${path}.text`,
    );
  }
  if (read.id !== v.id)
    return fail('progress.pack-id-mismatch', `The pack's id is "${read.id}", not "${v.id}".`, `${path}.id`);
  if (read.title !== v.title)
    return fail('progress.pack-title-mismatch', "The title must be the pack file's own title.", `${path}.title`);
  const out: StoredLessonPack = { id: v.id, title: v.title, text: v.text };
  if (v.importedAt !== undefined) out.importedAt = v.importedAt;
  return ok(out);
}

/** Parses `[pack]` for `progress:save-pack`. */
export function parseSavePackArgs(args: readonly unknown[]): Result<[StoredLessonPack]> {
  if (args.length !== 1) return fail('ipc.bad-argument', `Expected one argument, got ${args.length}.`, 'args');
  const r = parseStoredPack(args[0], 'args[0]');
  return r.ok ? ok([r.value]) : r;
}

/** Parses `[id]` for `progress:remove-pack` (a pack id, or the id a damaged entry is listed under). */
export function parsePackIdArgs(args: readonly unknown[]): Result<[string]> {
  if (args.length !== 1) return fail('ipc.bad-argument', `Expected one argument, got ${args.length}.`, 'args');
  const id = args[0];
  if (typeof id !== 'string' || !(PACK_ID_PATTERN.test(id) || DAMAGED_ID_PATTERN.test(id)))
    return fail('progress.bad-pack-id', 'A pack id is 1 to 64 lower-case letters, digits and dashes.', 'args[0]');
  return ok([id]);
}
