/** The theatre core: pure folds and builders over the engine's traces (no DOM, no clock). */
export * from './frame';
export * from './marker';
export * from './script';
export * from './script-frame';
export * from './draft';
export * from './lanes';
export * from './narration';
export * from './policy-text';
export * from './graph-focus';
export * from './fixes';
export * from './share';
export * from './predict';
export * from './trace-text';
export * from './derived-keys';
export * from './policy-lookup';
export * from './handoff';
