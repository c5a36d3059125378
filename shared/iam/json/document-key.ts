/**
 * What the engine knows of one document object: its compact JSON text, the content key. Two documents with the same
 * key have the same content, so whatever was derived from one (its findings, its parsed and compiled statements) can
 * be reused for the other: this is how a fresh copy of a policy seen before skips the work. One slot per object holds
 * the key and what the loader derived, so a fresh document costs one weak entry, not one per consumer.
 */
import type { JsonValue } from '../request';

/** The per-object record: its key, and a place for the loader's entry (typed by the loader). */
export interface DocumentSlot {
  readonly key: string;
  loaded?: unknown;
}

const slots = new WeakMap<object, DocumentSlot>();

/** The slot of a document object, made on first sight (documents are treated as immutable once seen). */
export function documentSlot(document: object): DocumentSlot {
  let s = slots.get(document);
  if (s === undefined) {
    s = { key: JSON.stringify(document) };
    slots.set(document, s);
  }
  return s;
}

/** The document's `JSON.stringify` text; memoised per object. */
export function documentKey(document: JsonValue): string {
  if (typeof document !== 'object' || document === null) return JSON.stringify(document) ?? 'null';
  return documentSlot(document).key;
}
