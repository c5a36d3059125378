/** Practice logic: pick sets, run an exam attempt, score it by domain, and schedule missed items (pure). */
export * from './prng';
export * from './select';
export * from './exam-session';
export * from './results';
export * from './spaced';
export * from './domain-weights';
export * from './exam-pool';
export * from './finish-check';
