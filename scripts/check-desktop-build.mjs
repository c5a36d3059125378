/**
 * Checks what `electron-vite build` wrote, so that `npm test` proves the desktop app builds even where Electron's
 * binary cannot run: the main bundle, a CommonJS preload that requires nothing but `electron` (a sandboxed preload
 * cannot load other modules), and the renderer page with its strict CSP meta tag. Exits 1 naming what is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = resolve(import.meta.dirname, '..', 'out');
const problems = [];
const read = (path) =>
  existsSync(join(out, path)) ? readFileSync(join(out, path), 'utf8') : (problems.push(`missing out/${path}`), '');

const main = read('main/index.js');
const preload = read('preload/index.cjs');
const page = read('renderer/index.html');
if (main && !/BrowserWindow/.test(main)) problems.push('out/main/index.js does not create a BrowserWindow');
if (preload) {
  const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const others = [...new Set(required.filter((name) => name !== 'electron'))];
  if (others.length > 0)
    problems.push(`the preload requires ${others.join(', ')}: a sandboxed preload may only require electron`);
  if (/^\s*(import|export)\s/m.test(preload))
    problems.push('the preload is not CommonJS (it has import/export statements)');
  if (!/contextBridge/.test(preload)) problems.push('the preload does not expose its API through contextBridge');
}
if (page && !/http-equiv="Content-Security-Policy"/i.test(page))
  problems.push('out/renderer/index.html has no CSP meta tag');

if (problems.length > 0) {
  for (const p of problems) console.error(`desktop build: ${p}`);
  process.exit(1);
}
console.log(
  `desktop build: main ${main.length} B, preload ${preload.length} B (CommonJS, requires electron only), renderer page with CSP`,
);
