/** The world model's public surface: types, commands, diffs and undo, queries, samples. */
export type * from './types';
export type { WorldCommand, CommandType, CommandOf, HolderKind } from './commands/types';
export { applyCommand, applyCommands, COMMAND_TYPES, type ApplyResult, type CommandApplied } from './commands/apply';
export { applyDiff, invertDiff, isEmptyDiff, type WorldDiff, type Change } from './diff';
export {
  emptyHistory,
  recordEntry,
  undo,
  redo,
  canUndo,
  canRedo,
  type UndoHistory,
  type HistoryEntry,
} from './undo-history';
export { requestFor, userIdentityPolicies, type RequestEnvironment } from './request-for';
export { orgLevels, orgMembership } from './org-levels';
export { findManagedPolicy, findUserByArn, findRoleByArn, defaultDocument, policyUsage, groupMembers } from './lookup';
export { AWS_MANAGED_POLICIES, awsManagedPolicyArn } from './aws-managed/catalog';
export { emptyAccount, emptyWorld } from './account-factory';
export { SAMPLE_WORLDS, welcomeWorld } from './samples';
export { narrateError } from './narrate-error';
export type { WorldError, WorldErrorCode, Result } from './errors';
export { assumeRoleInWorld, type AssumeRoleRequest, type AssumeRoleInWorldResult } from './sts-flow';
export {
  getSessionTokenInWorld,
  sessionTokenCallRefusal,
  sessionTokenOf,
  type SessionTokenRequest,
  type SessionTokenInWorldResult,
} from './session-token-flow';
export {
  parseScenario,
  parseScenarioValue,
  serializeScenario,
  scenarioDocument,
  describeScenarioDiagnostic,
  SCENARIO_FORMAT,
  type ScenarioDiagnostic,
  type ParseScenarioResult,
} from './scenario/parse';
export { CURRENT_SCENARIO_VERSION } from './migrations';
export { importAuthzDetails, type ImportResult, type ImportStats } from './authz/import';
export { exportAuthzDetails } from './authz/export';
export * from './store-doc';
