/** Renderer entry: builds the one AppSession over this build's host, starts it, and mounts the app with it. */
import { mount } from 'svelte';
import { host } from '@host';
import App from './App.svelte';
import { AppSession } from './session/appSession.svelte';
import './theme/theme.css';

const app = new AppSession(host);
// Settings, the saved sandbox (then saving every change; see docs/persistence.md), progress and lesson packs.
void app.start();
// The theatre bench drives the Evaluate player directly.
(globalThis as { __iamLabTheatre?: unknown }).__iamLabTheatre = app.evaluate.player;

mount(App, { target: document.getElementById('app')!, props: { app } });
