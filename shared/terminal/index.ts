/** The terminal panel's pure core: the aws-style interpreter, its IO contract, an in-memory file system, lines. */
export { EXIT, type CliIO } from './io';
export { runAwsCommand, AWS_OPERATIONS } from './aws/index';
export { MemoryFs, memoryIO, resolvePath, VfsError, type OutputSink } from './vfs';
export { tokenize, type TokenizeResult } from './tokenize';
export { emptyCommandHistory, pushLine, previous, next, HISTORY_LIMIT, type CommandHistory } from './history';
export { diffWorlds, sameJson } from './world-diff';
export { runTerminalLine, terminalHelp, WORLD_FILE, type LineOutcome, type LineContext } from './session';
export {
  complete,
  applyCompletion,
  commonPrefix,
  formatCandidates,
  TERMINAL_BUILTINS,
  TERMINAL_SERVICES,
  type Completion,
  type CompletionSources,
  type TabOutcome,
} from './complete';
