/**
 * What the engine knows of one document object: its compact JSON text, the content key. Two documents with the same
 * key have the same content, so whatever was derived from one (its findings, its parsed and compiled statements) can
 * be reused for the other: this is how a fresh copy of a policy seen before skips the work.
 *
 * The slot rides on the document itself, under a private symbol that is not enumerable (JSON, `Object.keys`, `for…in`
 * and structured clones never see it): on a fresh document that costs a fifth of a weak-map entry, which the garbage
 * collector pays for again on every collection. A document that cannot take it (frozen, sealed, or a proxy that
 * refuses) gets a weak-map entry instead.
 */
import type { JsonValue } from '../request';

/** The per-object record: its key, and a place for the loader's entry (typed by the loader). */
export interface DocumentSlot {
  readonly key: string;
  loaded?: unknown;
}

const SLOT = Symbol('iam-lab document slot');
const slots = new WeakMap<object, DocumentSlot>();

type Slotted = { [SLOT]?: DocumentSlot };

/** The slot of a document object, made on first sight (documents are treated as immutable once seen). */
export function documentSlot(document: object): DocumentSlot {
  const carried = (document as Slotted)[SLOT];
  if (carried !== undefined) return carried;
  let s = slots.get(document);
  if (s === undefined) {
    s = { key: JSON.stringify(document) };
    if (!attach(document, s)) slots.set(document, s);
  }
  return s;
}

function attach(document: object, slot: DocumentSlot): boolean {
  if (!Object.isExtensible(document)) return false;
  try {
    Object.defineProperty(document, SLOT, { value: slot });
    return (document as Slotted)[SLOT] === slot;
  } catch {
    return false;
  }
}

/** The document's `JSON.stringify` text; memoised per object. */
export function documentKey(document: JsonValue): string {
  if (typeof document !== 'object' || document === null) return JSON.stringify(document) ?? 'null';
  return documentSlot(document).key;
}
