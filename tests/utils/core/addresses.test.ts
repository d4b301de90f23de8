import { describe, expect, it } from 'vitest';
import { cards } from '@/assets/content/en';
import type { Card } from '@/assets/content/types';
import { getPopupPath, readReservedCard } from '@/utils/core/addresses';

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
