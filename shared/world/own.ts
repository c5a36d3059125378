/**
 * Reading a record keyed by a user-chosen name (a user, role, policy, tag, account, session ARN ...): only the
 * record's own keys count. `record[name]` would find `Object.prototype`'s members for the valid IAM names
 * `constructor`, `toString` or `__proto__` (issue #13); these helpers never do.
 */

/** The value stored under `key`, or undefined when the record has no own key of that name. */
export function own<T>(record: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when the record has its own key `key`. */
export function hasKey(record: object | undefined | null, key: string): boolean {
  return record != null && Object.hasOwn(record, key);
}

/**
 * Stores `value` under `key` as an own data property, also for `__proto__` (plain assignment would call the
 * prototype setter instead of storing anything).
 */
export function putKey<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
