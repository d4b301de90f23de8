import { readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// The files of the built popup, as the browser fetches them: what a page loads when it opens
// (the page and what it imports, directly or through others), and what it loads only through an
// `import()`. Read by the byte budget (popup-budget.test.ts) and printed by the benchmark.

/** The Chrome build the budget and the benchmark read. */
export const OUTPUT_DIR = resolve('.output/chrome-mv3');

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language has its own popup page, its language in its first scripts. */
export const POPUP_PAGE: Record<Language, string> = { nl: 'popup.html', en: 'popup-en.html' };

/** A reference from one built file to another; `dynamic` for `import("...")`. */
interface Reference {
  path: string;
  dynamic: boolean;
}

// Specifiers are quoted with ", ' or ` (Vite's minifier writes template literals).
const QUOTED = String.raw`(["'\x60])([^"'\x60]+)\1`;
const HTML_TAG = /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["'][^>]*>/gi;
const JS_STATIC = new RegExp(String.raw`(?:\bfrom|\bimport)\s*${QUOTED}`, 'g');
const JS_DYNAMIC = new RegExp(String.raw`\bimport\s*\(\s*${QUOTED}\s*\)`, 'g');
const CSS_IMPORT = new RegExp(String.raw`@import\s+${QUOTED}`, 'g');
const CSS_URL = /url\(\s*["']?([^"')]+?)["']?\s*\)/g;

/** Turns a specifier into a path inside the build, or null for what is not a file of it. */
function toBuildPath(specifier: string, fromFile: string): string | null {
  if (/^(?:[a-z][\w+.-]*:|#)/i.test(specifier)) return null; // data:, https:, fragments
  if (!/^\.{0,2}\//.test(specifier)) return null; // bare names cannot load in an extension
  const clean = specifier.replace(/[?#].*$/, '');
  return clean.startsWith('/')
    ? posix.normalize(clean.slice(1))
    : posix.join(posix.dirname(fromFile), clean);
}

/** Lists every capture group 2 (or 1) of `pattern` in `text`. */
function captures(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[2] ?? match[1] ?? '');
}

/** The files one built file makes the browser fetch. */
function referencesOf(file: string, text: string): Reference[] {
  const at = (specifiers: string[], dynamic: boolean) =>
    specifiers.flatMap((specifier) => {
      const path = toBuildPath(specifier, file);
      return path ? [{ path, dynamic }] : [];
    });
  if (file.endsWith('.html')) return at(captures(HTML_TAG, text), false);
  if (file.endsWith('.css'))
    return at([...captures(CSS_IMPORT, text), ...captures(CSS_URL, text)], false);
  if (file.endsWith('.js')) {
    return [...at(captures(JS_STATIC, text), false), ...at(captures(JS_DYNAMIC, text), true)];
  }
  return [];
}

/**
 * The language a chunk belongs to, by the name Vite gives it (`[name]-[hash].js`, the hash eight
 * characters that may hold a dash): `nl-…`, `steps-nl-…`, `popup-en-…`.
 */
function languageOf(path: string): Language | undefined {
  const name = posix.basename(path).replace(/-[\w-]{8}\.js$/, '');
  return LANGUAGES.find(
    (language) =>
      name === language || name.startsWith(`${language}-`) || name.endsWith(`-${language}`),
  );
}

/**
 * Every file the popup page of `language` loads when it opens: the page and what it imports,
 * directly or through others, and what the page's own scripts load by `import()` as soon as the
 * first frame is painted (Preact and the popup's strings, entrypoints/popup/paint.ts). Nothing
 * behind any other `import()`: that waits for a person's action.
 */
export function loadedAtOpen(language: Language): string[] {
  const seen = new Set<string>();
  const visit = (file: string, isPageScript: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const ref of referencesOf(file, readFileSync(join(OUTPUT_DIR, file), 'utf8'))) {
      if (!ref.dynamic || isPageScript) visit(ref.path, file.endsWith('.html'));
    }
  };
  visit(POPUP_PAGE[language], false);
  return [...seen].sort();
}

/**
 * Every file the popup of `language` loads only on a person's action, through an `import()`, and
 * what those import in turn; another language's chunks are left out (a page never loads them).
 */
export function loadedOnDemand(language: Language): string[] {
  const atOpen = new Set(loadedAtOpen(language));
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const ref of referencesOf(file, readFileSync(join(OUTPUT_DIR, file), 'utf8'))) {
      const chunkLanguage = languageOf(ref.path);
      if (atOpen.has(ref.path) || seen.has(ref.path)) continue;
      if (chunkLanguage !== undefined && chunkLanguage !== language) continue;
      // A static import of a file loaded at open is loaded at open: what is left came by import().
      seen.add(ref.path);
      visit(ref.path);
    }
  };
  for (const file of atOpen) visit(file);
  return [...seen].sort();
}

/** Gzip size (level 9) of one built file. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(join(OUTPUT_DIR, file)), { level: 9 }).length;
}

/** The gzip bytes the popup of `language` loads when it opens, in all. */
export function popupBytesAtOpen(language: Language): number {
  return loadedAtOpen(language).reduce((sum, file) => sum + gzipBytes(file), 0);
}
