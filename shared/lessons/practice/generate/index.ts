/** Generated predict-the-decision questions: from a world's requests, answered and explained by the engine (pure). */
export { generatePredictItems, candidatesOf, pickBalanced, toItem, generatedId, kebab } from './generate';
export type { GenerateOptions, Candidate } from './generate';
export { generatedBank, generatedBankSteps, DEFAULT_PER_WORLD, type GeneratedBankOptions } from './bank';
export { PRACTICE_WORLDS, type PracticeWorld } from './practice-worlds';
export { enumerateScenarios, principalsOf, relevantActions } from './scenarios';
export type { Scenario, PracticePrincipal, PrincipalRole } from './scenarios';
export { topicOf, difficultyOf } from './classify';
export { explainDecision } from './explanation';
export { stableHash, stableStringify } from './hash';
