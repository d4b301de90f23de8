import { describe, expect, it } from 'vitest';
import type { Card } from '@/assets/content/types';
import { capitalizeFirst, getCardLine } from '@/utils/core/card-text';

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
});
