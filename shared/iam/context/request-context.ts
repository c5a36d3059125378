/**
 * The request context as the condition evaluator reads it: `get(keyLower)` returns the value of a key, derived from
 * the principal / resource / time when AWS derives it, otherwise taken from `request.context`. Built lazily, so a
 * request whose policies have no conditions never pays for it.
 */
import type { ContextValue, EvaluationRequest } from '../request';
import type { CallerIdentity } from './caller';
import {
  existingObjectTagValue,
  principalKeyValue,
  resourceKeyValue,
  takesSuppliedIssueTime,
  timeKeyValue,
} from './derive';
import { isPrincipalDerivedKey } from './principal-keys';

/** Reads condition keys for one evaluation. */
export class RequestContext {
  readonly #req: EvaluationRequest;
  readonly #caller: CallerIdentity;
  readonly #resourceAccount: string | undefined;
  #env: Map<string, ContextValue> | undefined;
  /** Extra keys set by an STS flow (token claims, sts:ExternalId...), lower-cased. */
  readonly #extra: Map<string, ContextValue> | undefined;

  constructor(
    req: EvaluationRequest,
    caller: CallerIdentity,
    resourceAccount: string | undefined,
    extra?: Map<string, ContextValue>,
  ) {
    this.#req = req;
    this.#caller = caller;
    this.#resourceAccount = resourceAccount;
    this.#extra = extra;
  }

  #envMap(): Map<string, ContextValue> {
    if (this.#env === undefined) {
      const m = new Map<string, ContextValue>();
      const ctx = this.#req.context;
      if (ctx)
        for (const k in ctx) {
          const low = k.toLowerCase();
          if (!isPrincipalDerivedKey(low)) m.set(low, ctx[k]);
        }
      this.#env = m;
    }
    return this.#env;
  }

  /** `get` as a function value (a KeyReader), bound once per context. */
  readonly read = (keyLower: string): ContextValue | undefined => this.get(keyLower);

  /** Value of a key (name lower-cased), or undefined when the request context does not have it. */
  get(keyLower: string): ContextValue | undefined {
    if (this.#extra) {
      const x = this.#extra.get(keyLower);
      if (x !== undefined) return x;
    }
    if (isPrincipalDerivedKey(keyLower))
      return principalKeyValue(this.#req.principal, this.#caller, keyLower, this.#suppliedIssueTime());
    if (keyLower.startsWith('s3:existingobjecttag/')) {
      // Derived from the object's tags when the request knows them (a world request always does).
      if (this.#req.resource.objectTags !== undefined) return existingObjectTagValue(this.#req, keyLower);
    } else if (keyLower.startsWith('aws:resource')) {
      const r = resourceKeyValue(this.#req, this.#resourceAccount, keyLower);
      if (r !== undefined) return r;
    } else if (keyLower === 'aws:currenttime' || keyLower === 'aws:epochtime') {
      const t = timeKeyValue(this.#req.now, keyLower);
      if (t !== undefined) return t;
    }
    return this.#envMap().get(keyLower);
  }

  /** aws:TokenIssueTime as the request context gives it, when it stands for the caller's own (see derive.ts). */
  #suppliedIssueTime(): ContextValue | undefined {
    const ctx = this.#req.context;
    if (!ctx || !takesSuppliedIssueTime(this.#req.principal)) return undefined;
    for (const k in ctx) if (k.toLowerCase() === 'aws:tokenissuetime') return ctx[k];
    return undefined;
  }

  /**
   * Principal-derived keys the request tried to supply (ignored), as written. Not reported: a key an override supplies
   * (the simulator's context entries) and aws:TokenIssueTime of a GetSessionToken caller (honoured).
   */
  ignoredKeys(): string[] {
    const ctx = this.#req.context;
    if (!ctx) return [];
    const takesIssueTime = takesSuppliedIssueTime(this.#req.principal);
    return Object.keys(ctx).filter((k) => {
      const low = k.toLowerCase();
      if (!isPrincipalDerivedKey(low) || this.#extra?.has(low)) return false;
      return !(takesIssueTime && low === 'aws:tokenissuetime');
    });
  }
}
