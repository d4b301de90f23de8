import { describe, expect, it } from 'vitest';
import { cards } from '@/assets/content/en';
import { getPopupPath, RESERVED_WORDS_MAX_CHARS, readReservedCard } from '@/utils/core/addresses';
import type { Card } from '@/utils/core/card';
import { OWN_CARD_MAX_CHARS } from '@/utils/core/own-cards';

describe('the popup address', () => {
  it.each([
    ['nl', '/popup.html'],
    ['en', '/popup-en.html'],
  ] as const)('names the page of its language: %s', (language, page) => {
    expect(getPopupPath(language)).toBe(page);
    expect(
      new URL(getPopupPath(language, cards[0] ?? null), 'chrome-extension://id').pathname,
    ).toBe(page);
  });
});

describe('the popup address carries the reserved card whole', () => {
  it.each(cards.map((card) => [card.id, card] as const))(
    'round-trips the article’s card %s with its words',
    (_id, card) => {
      const url = new URL(getPopupPath('en', card), 'chrome-extension://id');
      expect(readReservedCard(url.search)).toEqual(card);
    },
  );

  it.each<Card>([
    {
      id: 'own-a',
      section: 'own',
      kind: 'reframe',
      thought: '<b>Ik</b> faal',
      reframe: 'אני לומד 🌱',
    },
    { id: 'own-b', section: 'own', kind: 'quote', text: 'a&b=c?d#e %20 “quoted”\nnext' },
    { id: 'own-c', section: 'own', kind: 'step', text: 'x'.repeat(280) },
  ])('carries an own card with its words, exactly: $id', (own) => {
    const url = new URL(getPopupPath('nl', own), 'chrome-extension://id');
    expect(readReservedCard(url.search)).toEqual(own);
  });

  it('keeps only a card’s own fields', () => {
    const search = `?card=${encodeURIComponent(
      JSON.stringify({ id: 'q', section: 'intro', kind: 'quote', text: 'hi', extra: 1 }),
    )}`;
    expect(readReservedCard(search)).toEqual({
      id: 'q',
      section: 'intro',
      kind: 'quote',
      text: 'hi',
    });
  });

  it.each([
    '',
    '?lang=nl',
    '?card=',
    '?card=not-a-card',
    '?card=quote-1',
    '?card={',
    '?card=null',
    '?card=[1,2]',
    '?card={"id":"own-x","section":"own","kind":"poem","text":"hi"}',
    '?card={"section":"own","kind":"quote","text":"no id"}',
    '?card={"id":"own-x","kind":"quote","text":"no section"}',
    '?card={"id":"own-x","section":"own","kind":"quote","text":""}',
    '?card={"id":"own-x","section":"own","kind":"quote","text":7}',
    '?card={"id":"own-x","section":"own","kind":"reframe","thought":"half"}',
    `?card={"id":"own-x","section":"own","kind":"quote","text":"${'x'.repeat(1001)}"}`,
  ])('%j reserves no card the popup could show', (search) => {
    expect(readReservedCard(search)).toBeNull();
  });
});

describe('the popup address stays short', () => {
  const step = (text: string): Card => ({ id: 'own-long', section: 'own', kind: 'step', text });

  it('carries every card the editor writes: a reframe of two full fields', () => {
    const reframe: Card = {
      id: 'own-full',
      section: 'own',
      kind: 'reframe',
      thought: 'a'.repeat(OWN_CARD_MAX_CHARS),
      reframe: 'b'.repeat(OWN_CARD_MAX_CHARS),
    };
    const url = new URL(getPopupPath('nl', reframe), 'chrome-extension://id');
    expect(readReservedCard(url.search)).toEqual(reframe);
  });

  it('carries a card with words up to the bound, and none beyond it: the popup asks for it', () => {
    expect(getPopupPath('nl', step('x'.repeat(RESERVED_WORDS_MAX_CHARS)))).not.toBe('/popup.html');
    expect(getPopupPath('nl', step('x'.repeat(RESERVED_WORDS_MAX_CHARS + 1)))).toBe('/popup.html');
    expect(getPopupPath('en', step('x'.repeat(3_000_000)))).toBe('/popup-en.html');
  });

  it('counts the words of a reframe in all', () => {
    const half = 'y'.repeat(RESERVED_WORDS_MAX_CHARS / 2 + 1);
    const reframe: Card = {
      id: 'own-r',
      section: 'own',
      kind: 'reframe',
      thought: half,
      reframe: half,
    };
    expect(getPopupPath('nl', reframe)).toBe('/popup.html');
  });

  it('is never longer than about 12 KB, whatever characters the card holds', () => {
    const widest = step('\u200b'.repeat(RESERVED_WORDS_MAX_CHARS));
    expect(getPopupPath('nl', widest).length).toBeLessThan(12 * 1024);
  });
});
