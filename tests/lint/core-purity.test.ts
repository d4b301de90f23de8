import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIOME = resolve('node_modules/.bin/biome');

/** Lints `source` as a module of `folder`, with the project's own Biome configuration. */
async function lintAs(folder: string, source: string): Promise<string> {
  const file = resolve(folder, `purity-probe-${process.pid}.ts`);
  await writeFile(file, source);
  try {
    await run(BIOME, ['lint', '--max-diagnostics=50', file]);
    return '';
  } catch (error) {
    return String((error as { stdout?: string; stderr?: string }).stderr ?? error);
  } finally {
    await rm(file, { force: true });
  }
}

describe('the pure core, kept pure by the linter', () => {
  it.each([
    ['storage', "import { get } from 'idb-keyval';\nexport const probe = get;\n"],
    [
      'the extension API',
      "import { browser } from 'wxt/browser';\nexport const probe = browser;\n",
    ],
    ['Preact', "import { useState } from 'preact/hooks';\nexport const probe = useState;\n"],
    [
      'the store layer',
      "import { getDatabase } from '@/utils/store/database';\nexport const probe = getDatabase;\n",
    ],
    [
      'the glue',
      "import { announceChange } from '../glue/changes';\nexport const probe = announceChange;\n",
    ],
    ['a page', "import { App } from '@/entrypoints/popup/App';\nexport const probe = App;\n"],
    ['a timer', 'export const probe = () => setTimeout(() => {}, 1);\n'],
    ['the browser global', 'export const probe = () => chrome.runtime;\n'],
    [
      'the store by a relative path',
      "import { getDatabase } from '../../utils/store/database';\nexport const probe = getDatabase;\n",
    ],
    [
      'a page by a relative path',
      "import { App } from '../../entrypoints/popup/App';\nexport const probe = App;\n",
    ],
    [
      'a component by a relative path',
      "import { CardView } from '../../components/CardView';\nexport const probe = CardView;\n",
    ],
    ['the browser through globalThis', 'export const probe = () => globalThis.chrome;\n'],
    ['storage through self', 'export const probe = () => self.indexedDB;\n'],
    ['the network', "export const probe = () => fetch('/');\n"],
    ['a timer through globalThis', 'export const probe = () => globalThis.setTimeout;\n'],
  ])(
    'refuses %s in utils/core',
    async (_name, source) => {
      expect(await lintAs('utils/core', source)).toMatch(/noRestricted(Imports|Globals)/);
    },
    30_000,
  );

  it.each([
    [
      'the store',
      "import { getDatabase } from '../../utils/store/database';\nexport const probe = getDatabase;\n",
    ],
    [
      'the extension API',
      "import { browser } from 'wxt/browser';\nexport const probe = browser;\n",
    ],
    ['storage', "import { get } from 'idb-keyval';\nexport const probe = get;\n"],
    ['a page', "import { App } from '@/entrypoints/popup/App';\nexport const probe = App;\n"],
    ['the browser global', 'export const probe = () => chrome.runtime;\n'],
    ['storage by its global', 'export const probe = () => indexedDB;\n'],
  ])(
    'refuses %s in components/ (props in, markup out)',
    async (_name, source) => {
      expect(await lintAs('components', source)).toMatch(/noRestricted(Imports|Globals)/);
    },
    30_000,
  );

  it('lets a component use the core and other components', async () => {
    expect(
      await lintAs(
        'components',
        "import { isRefusal } from '@/utils/core/edit';\nimport { CardView } from './CardView';\nexport const probe = [isRefusal, CardView];\n",
      ),
    ).toBe('');
  }, 30_000);

  it('lets the core use itself and the content, and the store use storage', async () => {
    expect(
      await lintAs(
        'utils/core',
        "import { findCard } from './deck';\nimport type { Card } from '@/utils/core/card';\nexport const probe = (cards: Card[]) => findCard(cards, null);\n",
      ),
    ).toBe('');
    expect(
      await lintAs('utils/store', "import { get } from 'idb-keyval';\nexport const probe = get;\n"),
    ).toBe('');
  }, 30_000);
});
