import { describe, expect, it } from 'vitest';
import { cards } from '@/assets/content/nl';
import type { Card } from '@/assets/content/types';
import {
  getPopupPath,
  readLanguageHint,
  readReservedCard,
  readReservedCardId,
} from '@/utils/core/addresses';

describe('the popup address carries its language', () => {
  it.each(['nl', 'en'] as const)('%s round-trips through the address', (language) => {
    const path = getPopupPath(language);
    expect(readLanguageHint(new URL(path, 'chrome-extension://id').search)).toBe(language);
  });

  it.each(['', '?lang=fr', '?lang=', '?other=nl', '?lang=NL'])('%j names no language', (search) => {
    expect(readLanguageHint(search)).toBeNull();
  });
});

describe('the popup address carries the reserved card', () => {
  const article = cards.find((card) => card.kind === 'reframe') as Card;

  it('round-trips one of the article’s cards by its id', () => {
    const url = new URL(getPopupPath('en', article), 'chrome-extension://id');
    expect(url.pathname).toBe('/popup-en.html');
    expect(url.searchParams.get('card')).toBe(article.id);
    expect(readReservedCardId(url.search)).toBe(article.id);
    expect(readReservedCard(url.search, cards)).toBe(article);
    expect(readLanguageHint(url.search)).toBe('en');
  });

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
    expect(readReservedCard(url.search, cards)).toEqual(own);
    expect(readReservedCardId(url.search)).toBe(own.id);
  });

  it.each([
    '',
    '?lang=nl',
    '?card=',
    '?card=not-a-card',
    '?card={',
    '?card={"id":"own-x","kind":"poem","text":"hi"}',
    '?card={"id":"quote-1","kind":"quote","text":"not own"}',
    '?card={"id":"own-x","kind":"reframe","thought":"half"}',
    '?card=[1,2]',
  ])('%j reserves no card the popup could show', (search) => {
    expect(readReservedCard(search, cards)).toBeNull();
  });

  it.each(['', '?lang=nl', '?card=', '?card={'])('%j reserves no card id', (search) => {
    expect(readReservedCardId(search)).toBeNull();
  });
});
