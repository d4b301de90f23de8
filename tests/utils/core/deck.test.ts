import { describe, expect, it } from 'vitest';
import type { Card } from '@/assets/content/types';
import { findCard, getEnabledCardIds } from '@/utils/core/deck';

const deck: Card[] = [
  { id: 'quote-a', kind: 'quote', section: 'intro', text: 'a' },
  { id: 'step-b', kind: 'step', section: 'steps', text: 'b' },
  { id: 'reframe-c', kind: 'reframe', section: 'steps', thought: 'c', reframe: 'd' },
];

describe('getEnabledCardIds', () => {
  it.each([
    [['quote', 'step', 'reframe'], [], ['quote-a', 'step-b', 'reframe-c']],
    [['step'], [], ['step-b']],
    [['quote', 'step', 'reframe'], ['step-b'], ['quote-a', 'reframe-c']],
    [['step'], ['step-b'], []],
    [[], [], []],
  ] as const)('kinds %j, hidden %j → %j', (kinds, hidden, expected) => {
    expect(getEnabledCardIds(deck, kinds, hidden)).toEqual(expected);
  });
});

describe('findCard', () => {
  it('finds by id, and gives null for an id the deck no longer has', () => {
    expect(findCard(deck, 'step-b')).toBe(deck[1]);
    expect(findCard(deck, 'gone')).toBeNull();
    expect(findCard(deck, null)).toBeNull();
  });
});
