/** IAM Access Analyzer, modelled over a world: external access, unused access and "check no new access". */
export {
  externalAccessFindings,
  inZone,
  OUTSIDER_ACCOUNT,
  type ExternalAccessFinding,
  type ZoneOfTrust,
} from './external-access';
export {
  unusedAccessFindings,
  allowedServices,
  type UnusedAccessFinding,
  type UnusedAccessOptions,
} from './unused-access';
export { checkNoNewAccess, type NewAccess } from './no-new-access';
export { PROBE_ACTIONS } from './probe-actions';
