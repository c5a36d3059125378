/** Renderer entry: creates the shell state over this build's host and mounts the app. */
import { mount } from 'svelte';
import { host } from '@host';
import App from './App.svelte';
import { ShellState } from './shell/shellState.svelte';
import { worldPersistence } from './state/worldPersistence.svelte';
import './theme/theme.css';

const shell = new ShellState(host);
void shell.load();
// Opens the saved sandbox into the world store and saves every later change (see docs/persistence.md).
void worldPersistence.start();

mount(App, { target: document.getElementById('app')!, props: { shell, host } });
