/**
 * How components reach the app: `AppSession` is created once in main.ts and provided through Svelte context at the
 * root (App.svelte). A component calls `useApp()` during its initialisation; there are no module-level singletons.
 */
import { createContext } from 'svelte';
import type { AppSession } from './appSession.svelte';

const [getApp, setApp] = createContext<AppSession>();

/** The app session provided by the root component. */
export const useApp: () => AppSession = getApp;

/** Provides the app session to every component below the caller (App.svelte, and test harnesses). */
export const provideApp: (app: AppSession) => AppSession = setApp;
