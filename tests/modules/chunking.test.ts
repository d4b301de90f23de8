import { describe, expect, it } from 'vitest';
import { loadOnlyPreloadHelper, pagesChunk } from '@/modules/chunking/plugins';

type Hooks = Record<string, unknown>;
type Run = (...args: unknown[]) => unknown;
/** Calls a plugin's hook, given as a function or as an object with its handler. */
const call = (hook: unknown, ...args: unknown[]) =>
  (typeof hook === 'function' ? (hook as Run) : (hook as { handler: Run }).handler)(...args);

describe('a lazy import loads only its chunk', () => {
  const plugin = loadOnlyPreloadHelper() as unknown as Hooks;

  it("replaces Vite's preload helper, and nothing else", () => {
    expect(call(plugin.load, '\0vite/preload-helper.js')).toBe(
      'export const __vitePreload = (load) => load();',
    );
    expect(call(plugin.load, '/x/entrypoints/popup/paint.ts')).toBeNull();
  });

  it('drops the list of files beside each import, which the helper no longer reads', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps)=>i;\nimport(a,__vite__mapDeps([0,1]));';
    const bundle: Record<string, { type: string; code: string }> = {
      'a.js': { type: 'chunk', code },
    };
    call(plugin.generateBundle, {}, bundle);
    expect(bundle['a.js']?.code).toBe('import(a,[]);');
  });
});

describe("the pages' shared chunk", () => {
  const outputOf = (inputs: Record<string, string>, options: Record<string, unknown> = {}) => {
    const plugin = pagesChunk() as unknown as Hooks;
    call(plugin.options, { input: inputs });
    return call(plugin.outputOptions, options) as { manualChunks?: (id: string) => unknown } | null;
  };

  it('puts libraries in one chunk for the settings, pause and journal pages', () => {
    const output = outputOf({ options: '/x/entrypoints/options/index.html' });
    expect(output?.manualChunks?.('/x/node_modules/preact/dist/preact.mjs')).toBe('pages');
    expect(output?.manualChunks?.('/x/entrypoints/options/App.tsx')).toBeUndefined();
  });

  it.each([
    ['the popup', { popup: '/x/entrypoints/popup/index.html' }, {}],
    ['the background', { background: '/x/background.ts' }, { codeSplitting: false }],
    ['one file', { background: '/x/background.ts' }, { inlineDynamicImports: true }],
  ])('leaves %s as it is', (_name, inputs, options) => {
    expect(outputOf(inputs, options)).toBeNull();
  });
});
