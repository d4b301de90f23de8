import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  gzipBytes,
  LANGUAGES,
  type Language,
  loadedAtOpen,
  loadedOnDemand,
  OUTPUT_DIR,
  POPUP_PAGE,
} from './built-files';

// The product rule: "The popup loads at most 12 KB gzip in all (HTML, JS, CSS, content), in the
// user's language only." Checked on what the browser really gets: the built files, not the
// sources. That is the page, its first script (which gives the page its styles and paints the
// card from the address with the views prerendered in it), and Preact with the popup's strings,
// which that script loads right after the first frame. The cards come whole in the address, drawn
// by the background, so the popup loads no deck. What it loads only when a person acts, through
// an import() (choosing a small step to try), has a budget of its own.
//
// History: 15 KB when it began, 16 KB with its pause status and actions, 17 KB while the settings
// and pause pages shared its chunk; 12 KB since the popup is painted from its page and carries no
// deck and no storage of its own (the background draws, hides and restores its cards).

const BUDGET_BYTES = 12 * 1024;
/**
 * What the popup may load on top, only when a person acts: the form of "Dit ga ik proberen", its
 * strings and the store of small steps. Never in the first frame.
 */
const ON_DEMAND_BUDGET_BYTES = 4 * 1024;
/** A string of that form, in each language (assets/i18n/steps-*.ts). */
const STEP_MARKER: Record<Language, string> = {
  nl: 'Met wie, of hoe?',
  en: 'With whom, or how?',
};

// One card line per language that only that language's deck holds (assets/content/*.ts). Both are
// plain ASCII so the minifier writes them as is. Not "Vulnerability is": the Dutch deck quotes
// Brené Brown in English with those words.
const CARD_MARKER: Record<Language, string> = {
  nl: 'Kwetsbaarheid opent de deur naar diepgang',
  en: 'Vulnerability is something we often associate with weakness',
};

// One string of the popup's own per language (assets/i18n/popup-*.ts), plain ASCII too.
const POPUP_STRING: Record<Language, string> = {
  nl: 'Herinneringen hervatten',
  en: 'Resume reminders',
};

// Strings of the other pages (assets/i18n/*.ts): the settings page's interval label and the pause
// page's note hint. The popup's strings have modules of their own (assets/i18n/popup-*.ts), so
// the popup loads none of these. Plain ASCII too.
const OTHER_PAGES_MARKERS: Record<Language, readonly string[]> = {
  nl: ['Tijd tussen pauzes (minuten)', 'Alleen voor jou: je notitie blijft in deze browser.'],
  en: ['Time between pauses (minutes)', 'Just for you: your note stays in this browser.'],
};

/** A selector of the popup's own styles (entrypoints/popup/style.css). */
const POPUP_STYLE_MARKER = '.popup-title';

/** The one script the popup page names, which paints its first frame. */
function firstScriptOf(language: Language): string {
  const page = readFileSync(join(OUTPUT_DIR, POPUP_PAGE[language]), 'utf8');
  const sources = [...page.matchAll(/<script\b[^>]*\bsrc="\/([^"]+)"/g)].map((match) => match[1]);
  expect(sources).toHaveLength(1);
  return sources[0] as string;
}

/** The files that hold `text`. */
function filesContaining(files: string[], text: string): string[] {
  return files.filter((file) => readFileSync(join(OUTPUT_DIR, file), 'utf8').includes(text));
}

/** Every built chunk, whichever page loads it. */
function listChunks(): string[] {
  return readdirSync(join(OUTPUT_DIR, 'chunks')).map((name) => posix.join('chunks', name));
}

/** One line per file with its gzip size, then the total, for failure messages. */
function sizeReport(files: string[], budget = BUDGET_BYTES): string {
  const lines = files.map((file) => `  ${String(gzipBytes(file)).padStart(6)} B  ${file}`);
  const total = files.reduce((sum, file) => sum + gzipBytes(file), 0);
  return [...lines, `  ${String(total).padStart(6)} B  total (budget ${budget} B)`].join('\n');
}

describe('the built popup', () => {
  beforeAll(() => {
    for (const page of Object.values(POPUP_PAGE)) {
      if (!existsSync(join(OUTPUT_DIR, page))) throw new Error('Run npm run build first');
    }
  });

  for (const language of LANGUAGES) {
    const other = LANGUAGES.find((candidate) => candidate !== language) as Language;

    it(`loads at most 12 KB gzip in ${language} when it opens`, () => {
      const files = loadedAtOpen(language);
      for (const file of files) {
        expect(existsSync(join(OUTPUT_DIR, file)), `${file} is referenced but missing`).toBe(true);
      }
      const total = files.reduce((sum, file) => sum + gzipBytes(file), 0);
      expect(total, `The ${language} popup loads:\n${sizeReport(files)}`).toBeLessThanOrEqual(
        BUDGET_BYTES,
      );
    });

    it(`loads at most ${ON_DEMAND_BUDGET_BYTES / 1024} KB more in ${language}, only when a step is chosen`, () => {
      const files = loadedOnDemand(language);
      // Without this check a renamed form would let the budget pass vacuously.
      expect(filesContaining(files, STEP_MARKER[language]), sizeReport(files)).not.toEqual([]);
      expect(filesContaining(loadedAtOpen(language), STEP_MARKER[language])).toEqual([]);
      const total = files.reduce((sum, file) => sum + gzipBytes(file), 0);
      expect(
        total,
        `The ${language} popup loads on demand:\n${sizeReport(files, ON_DEMAND_BUDGET_BYTES)}`,
      ).toBeLessThanOrEqual(ON_DEMAND_BUDGET_BYTES);
      expect(filesContaining(files, STEP_MARKER[other])).toEqual([]);
    });

    it(`has its styles in its first script in ${language}, with no stylesheet to wait for`, () => {
      // Two files fetched side by side before the first frame made it wait for the slower one.
      const files = loadedAtOpen(language);
      expect(
        files.filter((file) => file.endsWith('.css')),
        sizeReport(files),
      ).toEqual([]);
      const firstScript = firstScriptOf(language);
      expect(readFileSync(join(OUTPUT_DIR, firstScript), 'utf8')).toContain(POPUP_STYLE_MARKER);
    });

    it(`loads its own strings and not the ${other} ones in ${language}`, () => {
      const files = loadedAtOpen(language);
      // Without this check a renamed or moved string would let the next one pass vacuously.
      expect(
        filesContaining(files, POPUP_STRING[language]),
        `No file of the ${language} popup holds "${POPUP_STRING[language]}":\n${sizeReport(files)}`,
      ).not.toEqual([]);
      expect(
        filesContaining(files, POPUP_STRING[other]),
        `The ${language} popup loads ${other} strings:\n${sizeReport(files)}`,
      ).toEqual([]);
    });

    it(`loads no deck in ${language}: its cards come from the background`, () => {
      const files = [...loadedAtOpen(language), ...loadedOnDemand(language)];
      for (const marker of Object.values(CARD_MARKER)) {
        // Without this check a reworded card would let the next one pass vacuously.
        expect(filesContaining(listChunks(), marker), `No chunk holds "${marker}"`).not.toEqual([]);
        expect(
          filesContaining(files, marker),
          `The ${language} popup loads cards:\n${sizeReport(files)}`,
        ).toEqual([]);
      }
    });

    it(`has neither Vite's preload helper nor its list of files to preload in ${language}`, () => {
      const files = [...loadedAtOpen(language), ...loadedOnDemand(language)];
      expect(filesContaining(files, '__vite__mapDeps')).toEqual([]);
      // Vite's own helper, had it come back, fires this event when a chunk fails to load.
      expect(filesContaining(files, 'vite:preloadError')).toEqual([]);
    });

    it(`loads none of the other pages' strings in ${language}`, () => {
      const files = [...loadedAtOpen(language), ...loadedOnDemand(language)];
      for (const marker of OTHER_PAGES_MARKERS[language]) {
        // Without this check a reworded string would let the next one pass vacuously.
        expect(
          filesContaining(listChunks(), marker),
          `No built file holds "${marker}"`,
        ).not.toEqual([]);
        expect(
          filesContaining(files, marker),
          `The ${language} popup loads "${marker}":\n${sizeReport(files)}`,
        ).toEqual([]);
      }
    });
  }
});
