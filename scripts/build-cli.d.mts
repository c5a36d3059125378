/** Types of scripts/build-cli.mjs (the unit tests import it). */
export const CLI_BUNDLE: string;
export function buildCli(outfile?: string): Promise<number>;
