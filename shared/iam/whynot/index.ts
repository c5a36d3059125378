/** "Why not?" and "what would deny it?". */
export { whyNot, whatWouldDeny } from './why-not';
export { WHYNOT_CODES, type WhyNotCode, type Suggestion, type PolicyPatch } from './types';
export { WHYNOT_NARRATION } from './narration';
export { satisfyingValue } from './satisfy';
