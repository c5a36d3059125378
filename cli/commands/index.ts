/**
 * The command table of `iam-lab`. To add a command, write a `Command` (cli/command.ts) and list it here; the
 * dispatcher, `--help` and `help <cmd>` pick it up.
 */
import type { Command } from '../command';
import { validateCommand } from './validate';
import { evaluateCommand } from './evaluate';
import { explainErrorCommand } from './explain-error';
import { ROUTED_COMMANDS } from './routed';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, evaluateCommand, explainErrorCommand, ...ROUTED_COMMANDS];
