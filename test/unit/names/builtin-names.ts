/** The JavaScript built-in names every IAM name field must accept: each own property of Object.prototype. */
export const BUILTIN_NAMES: readonly string[] = [
  ...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']),
].sort();
