/** Types of scripts/lib/electronBinary.mjs (benches and tests import it). */
export const repoRoot: string;
export function electronBinaryPath(root?: string): string | null;
