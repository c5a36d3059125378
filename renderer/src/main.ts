/** Renderer entry: creates the shell state over this build's host and mounts the app. */
import { mount } from 'svelte';
import { host } from '@host';
import App from './App.svelte';
import { ShellState } from './shell/shellState.svelte';
import './theme/theme.css';

const shell = new ShellState(host);
void shell.load();

mount(App, { target: document.getElementById('app')!, props: { shell, host } });
