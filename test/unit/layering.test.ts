/**
 * The layers, checked mechanically on every source file (VS Code's code-layering rule is the model):
 *   shared/   the pure core: imports only shared/ (no Node, no Electron, no clock, no randomness; DOM and Node
 *             globals are refused by the compiler: shared/tsconfig.json has lib ES2023 and types [])
 *   renderer/ may import shared/ and packages, never electron/ or cli/ or Node builtins
 *   electron/ may import shared/, never renderer/ or cli/
 *   cli/      may import shared/, never renderer/ or electron/
 * `tsc -p shared/tsconfig.json` (lib ES2023, types []) is the other half of the check, run by `npm run typecheck`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|svelte)$/;
/** Packages the pure core may use. Add only dependency-free, platform-free libraries. */
const SHARED_ALLOWED_PACKAGES: string[] = [];

type Layer = 'shared' | 'renderer' | 'electron' | 'cli';
/** For each layer, the layers it must not import. */
const FORBIDDEN: Record<Layer, Layer[]> = {
  shared: ['renderer', 'electron', 'cli'],
  renderer: ['electron', 'cli'],
  electron: ['renderer', 'cli'],
  cli: ['renderer', 'electron'],
};

function files(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : [];
  });
}

/** Removes comments, so prose about `Date.now()` or `import` in a doc comment is not mistaken for code. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** The module specifiers a file imports (static, dynamic, re-exports, require). */
function importsOf(text: string): string[] {
  const code = stripComments(text);
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /(?:^|;)\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  // Code that writes code (e.g. an SDK snippet in a template string) is not an import.
  return found.filter((spec) => !spec.includes('${') && !/\s/.test(spec));
}

function layerOf(path: string): Layer | null {
  const top = relative(ROOT, path).split(sep)[0];
  return top === 'shared' || top === 'renderer' || top === 'electron' || top === 'cli' ? top : null;
}

const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);

/** Every layering violation in the repository, as readable strings. */
function violations(): string[] {
  const out: string[] = [];
  for (const layer of Object.keys(FORBIDDEN) as Layer[]) {
    for (const file of files(join(ROOT, layer))) {
      const rel = relative(ROOT, file);
      const text = readFileSync(file, 'utf8');
      for (const spec of importsOf(text)) {
        if (spec.startsWith('.')) {
          const target = layerOf(resolve(dirname(file), spec));
          if (target && FORBIDDEN[layer].includes(target)) out.push(`${rel}: ${layer}/ imports ${target}/ (${spec})`);
          if (layer === 'shared' && !resolve(dirname(file), spec).startsWith(join(ROOT, 'shared') + sep))
            out.push(`${rel}: shared/ imports outside shared/ (${spec})`);
          continue;
        }
        if (spec === 'electron' && layer !== 'electron') out.push(`${rel}: ${layer}/ imports electron`);
        if (spec === '@host' && layer !== 'renderer') out.push(`${rel}: ${layer}/ imports the renderer's @host`);
        if (isBuiltin(spec) && (layer === 'shared' || layer === 'renderer'))
          out.push(`${rel}: ${layer}/ imports the Node builtin ${spec}`);
        if (layer === 'shared' && !isBuiltin(spec) && spec !== 'electron' && !SHARED_ALLOWED_PACKAGES.includes(spec))
          out.push(`${rel}: shared/ imports the package ${spec} (allow it in layering.test.ts if it is pure)`);
      }
      if (layer === 'shared') {
        const code = stripComments(text);
        for (const [re, what] of [
          [/\bDate\.now\s*\(/, 'the clock (Date.now)'],
          [/\bnew Date\s*\(\s*\)/, 'the clock (new Date())'],
          [/\bMath\.random\s*\(/, 'randomness (Math.random)'],
        ] as const) {
          if (re.test(code)) out.push(`${rel}: shared/ uses ${what}`);
        }
      }
    }
  }
  return out;
}

describe('layering', () => {
  it('finds the layers it checks (the scan is not silently empty)', () => {
    expect(files(join(ROOT, 'shared')).length).toBeGreaterThan(0);
    expect(files(join(ROOT, 'renderer')).length).toBeGreaterThan(0);
    expect(files(join(ROOT, 'electron')).length).toBeGreaterThan(0);
  });

  it('detects a violation when there is one (self-test of the scanner)', () => {
    expect(importsOf(`import type { X } from '../../electron/main/store';`)).toEqual(['../../electron/main/store']);
    expect(importsOf(`const fs = await import('node:fs');`)).toEqual(['node:fs']);
    expect(importsOf(`// import x from 'electron'\nexport * from './a';`)).toEqual(['./a']);
    expect(importsOf(`import {\n  a,\n  b,\n} from 'svelte';`)).toEqual(['svelte']);
    expect(importsOf("const line = `import { X } from '${pkg}';`;")).toEqual([]);
    expect(importsOf(`import './theme.css';\nconst ids = ['file.import', 'file.export'];`)).toEqual(['./theme.css']);
  });

  it('has no import across a forbidden boundary, and a pure shared/ core', () => {
    expect(violations()).toEqual([]);
  });
});
