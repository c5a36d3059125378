/** The IPC contract and its helpers, re-exported for convenience. */
export * from './appDocument';
export type * from './appInfo';
export * from './contract';
export * from './menu';
export * from './parse';
export * from './result';
export * from './settings';
export type * from './storeStatus';
