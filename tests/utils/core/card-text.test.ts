import { describe, expect, it } from 'vitest';
import { popupMessages as en } from '@/assets/i18n/popup-en';
import { popupMessages as nl } from '@/assets/i18n/popup-nl';
import type { Card } from '@/utils/core/card';
import {
  capitalizeFirst,
  captionOf,
  cardOfStepText,
  getCardLine,
  showCardLine,
} from '@/utils/core/card-text';

const quote: Card = { id: 'quote-a', kind: 'quote', section: 'intro', text: 'a line' };
const reframe: Card = {
  id: 'reframe-a',
  kind: 'reframe',
  section: 'steps',
  thought: 'Ik lijk zwak',
  reframe: 'Het kost me kracht om me open te stellen.',
};

describe('card text', () => {
  it('offers a text card its text and a reframe its milder thought', () => {
    expect(getCardLine(quote)).toBe('a line');
    expect(getCardLine(reframe)).toBe('Het kost me kracht om me open te stellen.');
  });

  it.each([
    ['we zijn bang', 'We zijn bang'],
    ['écht', 'Écht'],
    ['Al groot', 'Al groot'],
    ['', ''],
  ])('capitalises %j as %j', (text, expected) => {
    expect(capitalizeFirst(text)).toBe(expected);
  });

  it('shows the article’s line with a capital, and an own line exactly as written', () => {
    expect(showCardLine(quote)).toBe('A line');
    expect(showCardLine({ ...quote, id: 'own-1', section: 'own' })).toBe('a line');
  });

  it('names the article’s cards by kind, and marks own cards quietly', () => {
    expect(captionOf(quote, nl)).toBe('Uit het artikel');
    expect(captionOf({ ...quote, section: 'own' }, nl)).toBe('Eigen kaart');
    expect(captionOf({ ...reframe, section: 'own' }, nl)).toBe('Zelfspraak · Eigen kaart');
    expect(captionOf({ ...reframe, section: 'own' }, en)).toBe('Self-talk · Your own card');
  });
});

describe('cardOfStepText', () => {
  it('shows a step by the words it kept, as written, when its card is gone', () => {
    expect(cardOfStepText({ cardId: 'own-gone', stepText: 'bel Sam' })).toEqual({
      id: 'own-gone',
      section: 'own',
      kind: 'step',
      text: 'bel Sam',
    });
  });

  it('shows nothing for a step that kept no words', () => {
    expect(cardOfStepText({ cardId: 'own-gone', stepText: '' })).toBeNull();
  });
});
