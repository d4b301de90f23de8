import { describe, expect, it } from 'vitest';
import type { Card } from '@/utils/core/card';
import {
  findCard,
  getEnabledCardIds,
  listDeck,
  toDeckCard,
  translateCard,
} from '@/utils/core/deck';
import type { OwnCard } from '@/utils/core/own-cards';

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

describe('translateCard', () => {
  const english: Card[] = [
    { id: 'quote-a', kind: 'quote', section: 'intro', text: 'A' },
    { id: 'reframe-c', kind: 'reframe', section: 'steps', thought: 'C', reframe: 'D' },
  ];

  it('words an article’s card as the other deck does, by its id', () => {
    expect(translateCard(deck[0] as Card, english)).toBe(english[0]);
    expect(translateCard(deck[2] as Card, english)).toBe(english[1]);
  });

  it('gives null for a card the other deck does not have', () => {
    expect(translateCard(deck[1] as Card, english)).toBeNull();
  });

  it('keeps an own card as its user wrote it', () => {
    const own: Card = { id: 'own-1', kind: 'step', section: 'own', text: 'zeg nee' };
    expect(translateCard(own, english)).toBe(own);
    expect(translateCard(own, [])).toBe(own);
  });
});

describe('findCard', () => {
  it('finds by id, and gives null for an id the deck no longer has', () => {
    expect(findCard(deck, 'step-b')).toBe(deck[1]);
    expect(findCard(deck, 'gone')).toBeNull();
    expect(findCard(deck, null)).toBeNull();
  });
});

const own: OwnCard[] = [
  { id: 'own-1', kind: 'question', text: 'wat wil ik <b>echt</b>?', writtenAtMs: 1 },
  { id: 'own-2', kind: 'reframe', thought: 'ik faal', reframe: '', writtenAtMs: 2 },
  { id: 'own-3', kind: 'reframe', thought: 'ik faal', reframe: 'ik leer', writtenAtMs: 3 },
];

describe('toDeckCard', () => {
  it('makes an own card a card of the deck, its words as written, marked as own', () => {
    expect(toDeckCard(own[0] as OwnCard)).toEqual({
      id: 'own-1',
      kind: 'question',
      section: 'own',
      text: 'wat wil ik <b>echt</b>?',
    });
    expect(toDeckCard(own[2] as OwnCard)).toEqual({
      id: 'own-3',
      kind: 'reframe',
      section: 'own',
      thought: 'ik faal',
      reframe: 'ik leer',
    });
  });

  it('leaves half a reframe out until its missing words are written', () => {
    expect(toDeckCard(own[1] as OwnCard)).toBeNull();
    expect(toDeckCard({ ...(own[2] as OwnCard), thought: '' } as OwnCard)).toBeNull();
  });
});

describe('listDeck', () => {
  it.each([
    ['both', ['quote-a', 'step-b', 'reframe-c', 'own-1', 'own-3']],
    ['own', ['own-1', 'own-3']],
    ['article', ['quote-a', 'step-b', 'reframe-c']],
  ] as const)('from %s: %j', (source, ids) => {
    expect(listDeck(deck, own, source).map((card) => card.id)).toEqual(ids);
  });
});
