import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card, SectionId } from '@/utils/core/card';
import { cards as en } from '../../assets/content/en';
import { cards as nl } from '../../assets/content/nl';

const articleRaw = readFileSync(
  new URL('../../assets/content/article-nl.txt', import.meta.url),
  'utf8',
);

/** Collapses every run of whitespace (including no-break spaces) to one space. */
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const article = collapse(articleRaw);

/** Keyed by SectionId so the type checker flags a section missing here. */
const SECTIONS: Record<SectionId, true> = {
  intro: true,
  meaning: true,
  discomfort: true,
  strength: true,
  missing: true,
  steps: true,
  questions: true,
  closing: true,
};

const stringsOf = (card: Card): string[] =>
  card.kind === 'reframe' ? [card.thought, card.reframe] : [card.text];

const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** True if `needle` occurs in `haystack` starting and ending on a word boundary. */
const occursAsWholeWords = (haystack: string, needle: string): boolean => {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsOk = !isWordChar(needle[0]) || !isWordChar(before);
    const endsOk = !isWordChar(needle[needle.length - 1]) || !isWordChar(after);
    if (startsOk && endsOk) return true;
    from = at + 1;
  }
};

/** The bullet lines ("•") between two headings of the article, bullet mark removed. */
const bulletsBetween = (startHeading: string, endHeading: string): string[] => {
  const lines = articleRaw.split(/\r?\n/).map((line) => line.trim());
  const start = lines.indexOf(startHeading);
  const end = lines.indexOf(endHeading);
  expect(start, `heading not found in article: ${startHeading}`).toBeGreaterThanOrEqual(0);
  expect(end, `heading not found in article: ${endHeading}`).toBeGreaterThan(start);
  return lines
    .slice(start + 1, end)
    .filter((line) => line.startsWith('•'))
    .map((line) => collapse(line.slice(1)));
};

describe('Dutch deck is verbatim from the article', () => {
  it.each(nl.map((card) => [card.id, card] as const))('%s', (id, card) => {
    for (const s of stringsOf(card)) {
      expect(
        occursAsWholeWords(article, collapse(s)),
        `${id}: not found word for word in the article: "${s}"`,
      ).toBe(true);
    }
  });
});

describe.each([
  ['nl', nl],
  ['en', en],
] as const)('%s deck hygiene', (lang, deck) => {
  it('has no empty, whitespace-only or untrimmed strings', () => {
    for (const card of deck) {
      for (const s of stringsOf(card)) {
        expect(s.trim().length, `${lang} ${card.id}: empty string`).toBeGreaterThan(0);
        expect(s, `${lang} ${card.id}: leading/trailing or doubled whitespace`).toBe(collapse(s));
        expect(/\s[.,;:?!]/.test(s), `${lang} ${card.id}: space before punctuation`).toBe(false);
      }
    }
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    for (const card of deck) {
      expect(seen.has(card.id), `${lang}: duplicate id ${card.id}`).toBe(false);
      seen.add(card.id);
    }
  });

  it('has unique texts', () => {
    const seen = new Map<string, string>();
    for (const card of deck) {
      for (const s of stringsOf(card)) {
        const key = collapse(s).toLowerCase();
        expect(seen.get(key), `${lang} ${card.id}: same text as ${seen.get(key)}`).toBeUndefined();
        seen.set(key, card.id);
      }
    }
  });

  it('has short kebab-case ids prefixed by their kind', () => {
    for (const card of deck) {
      expect(card.id, `${lang}: bad id ${card.id}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(card.id.startsWith(`${card.kind}-`), `${lang} ${card.id}: not prefixed by kind`).toBe(
        true,
      );
    }
  });

  it('only uses known sections', () => {
    for (const card of deck) {
      expect(Object.hasOwn(SECTIONS, card.section), `${lang} ${card.id}: ${card.section}`).toBe(
        true,
      );
    }
  });
});

describe('English deck mirrors the Dutch deck', () => {
  it('has the same ids, kinds and sections in the same order', () => {
    const shape = (deck: readonly Card[]) =>
      deck.map((card) => `${card.id} ${card.kind} ${card.section}`);
    const nlShape = shape(nl);
    const enShape = shape(en);
    for (const [i, entry] of nlShape.entries()) {
      expect(enShape[i], `English twin of Dutch #${i} (${entry})`).toBe(entry);
    }
    for (const [i, entry] of enShape.entries()) {
      expect(nlShape[i], `Dutch twin of English #${i} (${entry})`).toBe(entry);
    }
  });
});

describe('Dutch deck coverage', () => {
  it('has at least 40 items and at least 6 reframes', () => {
    expect(nl.length, 'Dutch item count').toBeGreaterThanOrEqual(40);
    expect(nl.filter((c) => c.kind === 'reframe').length, 'reframe count').toBeGreaterThanOrEqual(
      6,
    );
  });

  it('covers every section, in article order', () => {
    const order = Object.keys(SECTIONS) as SectionId[];
    for (const section of order) {
      expect(
        nl.some((card) => card.section === section),
        `no card for section ${section}`,
      ).toBe(true);
    }
    const ranks = nl.map((card) => order.indexOf(card.section as SectionId));
    for (let i = 1; i < ranks.length; i++) {
      expect(
        (ranks[i] ?? 0) >= (ranks[i - 1] ?? 0),
        `${nl[i]?.id} (${nl[i]?.section}) comes after a later section`,
      ).toBe(true);
    }
  });

  it("covers every one of the article's reflection-question sentences", () => {
    const bullets = bulletsBetween('Reflectievragen om jezelf te onderzoeken', 'Tot slot!');
    expect(bullets.length, 'question bullets found in the article').toBe(4);
    const sentences = bullets.flatMap((b) => (b.match(/[^?]+\?/g) ?? []).map((s) => s.trim()));
    expect(sentences.length, 'question sentences found in the article').toBe(5);
    const questions = nl.flatMap((c) => (c.kind === 'question' ? [collapse(c.text)] : []));
    for (const sentence of sentences) {
      expect(
        questions.some((q) => q.includes(sentence)),
        `no 'question' card covers: "${sentence}"`,
      ).toBe(true);
    }
  });

  it("covers every one of the article's small steps", () => {
    const bullets = bulletsBetween(
      'Hoe kun je stap voor stap kwetsbaarheid omarmen?',
      'Reflectievragen om jezelf te onderzoeken',
    );
    expect(bullets.length, 'step bullets found in the article').toBe(5);
    const steps = nl.flatMap((c) => (c.kind === 'step' ? [collapse(c.text)] : []));
    for (const bullet of bullets) {
      expect(bullet.includes(':'), `step bullet without a label: "${bullet}"`).toBe(true);
      const instruction = bullet.slice(bullet.indexOf(':') + 1).trim();
      expect(
        steps.some((s) => s.split(' ').length >= 4 && instruction.includes(s)),
        `no 'step' card covers: "${instruction}"`,
      ).toBe(true);
    }
  });
});
