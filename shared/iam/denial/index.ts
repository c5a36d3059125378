/** Access-denied messages: read AWS's (messages, CloudTrail events), replay them in a world, render ours. */
export * from './types';
export { FORMATS, FORMAT_VARIANTS, POLICY_TYPE_WORDS, policyTypeOfWords } from './formats';
export { parseDenialMessage, denialErrorCode } from './parse-message';
export { parseCloudTrailEvent, actionOfEvent } from './parse-cloudtrail';
export { decidingGate, policyTypeOfKind, type DecidingGate } from './deciding';
export {
  denialMessage,
  denialMessageOf,
  denialErrorCodeFor,
  type DenialMessage,
  type DenialSubject,
} from './render-message';
export { cloudTrailEventOf } from './cloudtrail-event';
export {
  authorizationDocument,
  encodeAuthorizationMessage,
  decodeAuthorizationMessage,
  type DecodedAuthorizationMessage,
} from './encoded-message';
export {
  replayDenial,
  compareDenial,
  AGREEMENT_CODES,
  type AgreementCode,
  type DenialAgreement,
  type Replay,
  type ReplayOptions,
} from './reconstruct';
export { explainDenial, readDenial, type DenialExplanation } from './explain-denial';
export { gatePhrase, narrateAgreement, narrateDenialDiagnostic, NARRATED_DENIAL_CODES } from './narration';
