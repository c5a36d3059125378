/** Date conversions between AWS CLI output (`2019-12-18 19:10:08+00:00`, `...T...Z`) and the world's ISO form. */

/** ISO-8601 UTC without milliseconds, or undefined when the text is not a date. */
export function toWorldDate(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const ms = Date.parse(text.includes('T') ? text : text.replace(' ', 'T'));
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** The AWS CLI's date form: `2019-12-18T19:10:08+00:00`. */
export function toAwsDate(iso: string): string {
  return iso.replace(/(\.\d+)?Z$/, '+00:00');
}
