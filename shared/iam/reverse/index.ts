/** Reverse queries: who can do an action on a resource, what a principal can do on it. */
export {
  whoCan,
  whatCan,
  allowedOnly,
  type Candidate,
  type ResourceSide,
  type ReverseRow,
  type QueryEnv,
} from './reverse';
