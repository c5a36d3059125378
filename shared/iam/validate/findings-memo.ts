/**
 * The findings of documents validated before, by content: validation is a pure function of the document's text, its
 * kind, the size quota and the catalog, so a document seen again (the same managed policy in every request of a
 * lesson check, an import or a generated practice set) is not checked twice. Bounded by the characters it holds.
 */
import type { Catalog } from '../catalog';
import type { Finding, SizeQuota, ValidationKind } from './types';

/** Characters of document text kept before the memo starts afresh. */
const CHAR_LIMIT = 4_000_000;

type Table = Map<string, readonly Finding[]>;

/** Findings by catalog, then by kind and quota, then by text (the text is the key as it is: no key string is built). */
export class FindingsMemo {
  #byCatalog = new WeakMap<Catalog, { generation: number; tables: Map<string, Table> }>();
  #noCatalog = new Map<string, Table>();
  #chars = 0;
  /** Bumped by `clear`: a catalog's tables from an older generation are dropped when next reached. */
  #generation = 0;

  #tables(catalog: Catalog | undefined): Map<string, Table> {
    if (!catalog) return this.#noCatalog;
    let c = this.#byCatalog.get(catalog);
    if (!c) this.#byCatalog.set(catalog, (c = { generation: this.#generation, tables: new Map() }));
    else if (c.generation !== this.#generation) {
      c.generation = this.#generation;
      c.tables.clear();
    }
    return c.tables;
  }

  #table(kind: ValidationKind, quota: SizeQuota | undefined, catalog: Catalog | undefined): Table {
    const tables = this.#tables(catalog);
    const name = quota === undefined ? kind : `${kind}/${quota}`;
    let t = tables.get(name);
    if (!t) tables.set(name, (t = new Map()));
    return t;
  }

  /** The findings recorded for this content, or undefined. */
  get(
    text: string,
    kind: ValidationKind,
    quota: SizeQuota | undefined,
    catalog?: Catalog,
  ): readonly Finding[] | undefined {
    return this.#table(kind, quota, catalog).get(text);
  }

  /** Record the findings for this content (the caller freezes them). */
  set(
    text: string,
    kind: ValidationKind,
    quota: SizeQuota | undefined,
    catalog: Catalog | undefined,
    findings: readonly Finding[],
  ): void {
    if (this.#chars + text.length > CHAR_LIMIT) this.clear();
    this.#chars += text.length;
    this.#table(kind, quota, catalog).set(text, findings);
  }

  /** Forget everything (a bench measuring first sight, or the limit reached). */
  clear(): void {
    this.#generation++;
    this.#noCatalog.clear();
    this.#chars = 0;
  }
}
