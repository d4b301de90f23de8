import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The store packages `npm run zip` and `zip:firefox` write (npm test makes them): the Chrome/Edge
// and Firefox packages, and the sources zip a Firefox reviewer builds from.

const OUTPUT_DIR = resolve('.output');

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};

/** The zip of this version whose name ends so (older versions' zips may lie beside it). */
function findZip(ending: string): string {
  const path = join(OUTPUT_DIR, `${name}-${version}${ending}`);
  if (!existsSync(path)) throw new Error(`No ${path}: run npm run zip and npm run zip:firefox`);
  return path;
}

/**
 * The entries a zip file names, read from its central directory (the zip format's own index):
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT, sections 4.3.12 and 4.3.16.
 */
function listZip(path: string): string[] {
  const bytes = readFileSync(path);
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip file`);
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error(`${path}: broken index`);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('the store packages', () => {
  it.each(['-chrome.zip', '-firefox.zip'])(
    '*%s holds the built extension, manifest at its root',
    (ending) => {
      const names = listZip(findZip(ending));
      expect(names).toContain('manifest.json');
      for (const page of [
        'popup.html',
        'popup-en.html',
        'options.html',
        'pause.html',
        'journal.html',
      ]) {
        expect(names).toContain(page);
      }
      expect(names.filter((name) => /\.(ts|tsx|map)$/.test(name))).toEqual([]);
    },
  );

  it('the sources zip holds what a reviewer needs to build, and nothing else', () => {
    const path = findZip('-sources.zip');
    const names = listZip(path);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'entrypoints/background/index.ts',
      'assets/content/nl.ts',
      'public/_locales/nl/messages.json',
    ]) {
      expect(names).toContain(needed);
    }
    const tops = new Set(names.map((name) => name.split('/')[0]));
    expect([...tops].sort()).toEqual(
      [
        'README.md',
        'assets',
        'components',
        'entrypoints',
        'modules',
        'package-lock.json',
        'package.json',
        'public',
        'tsconfig.json',
        'utils',
        'wxt.config.ts',
      ].sort(),
    );
    // No tests, screenshots, builds or dependencies: a few hundred kilobytes, not megabytes.
    expect(statSync(path).size).toBeLessThan(512 * 1024);
  });
});
