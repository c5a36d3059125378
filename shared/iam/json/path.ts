/**
 * JSON paths as written in findings and diagnostics: `Statement[0].Condition.StringEquals.aws:username`.
 * Object keys are joined with `.` (kept verbatim, even when they contain dots), array indexes use `[i]`, the root is `''`.
 */

/** Path of member `key` of the object at `parent`. */
export function childPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

/** Path of element `index` of the array at `parent`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/**
 * The enclosing path of `path` (one segment less), or `undefined` for the root. Used to fall back to the nearest
 * written ancestor when a finding names an element that is absent from the text.
 */
export function parentPath(path: string): string | undefined {
  if (path === '') return undefined;
  if (path.endsWith(']')) {
    const open = path.lastIndexOf('[');
    if (open >= 0) return path.slice(0, open);
  }
  const dot = path.lastIndexOf('.');
  return dot >= 0 ? path.slice(0, dot) : '';
}
