/** Finding where a JSON path was written, falling back to the nearest ancestor that is in the text. */
import type { JsonDocument, Span } from './types';
import { parentPath } from './path';

/**
 * The span to show for `path`: the key that introduced it when `preferKey` (good for "unknown element" findings),
 * else its value; when the path is not written (a missing element), the nearest written ancestor.
 */
export function locate(
  doc: Pick<JsonDocument, 'spans' | 'keySpans'>,
  path: string,
  preferKey = false,
): Span | undefined {
  let p: string | undefined = path;
  while (p !== undefined) {
    const s = (preferKey ? doc.keySpans.get(p) : undefined) ?? doc.spans.get(p);
    if (s) return s;
    p = parentPath(p);
  }
  return undefined;
}
