/** Types of scripts/lib/oneLine.mjs (the unit tests import it). */
export function oneLine(e: unknown): string;
