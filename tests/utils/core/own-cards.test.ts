import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cards as nlCards } from '@/assets/content/nl';
import type { ReframeCard, TextCard } from '@/assets/content/types';
import {
  checkOwnCard,
  isOwnCardId,
  makeOwnCardId,
  OWN_CARD_MAX_CHARS,
  type OwnCard,
  sanitizeOwnCards,
  toStoredOwnCards,
} from '@/utils/core/own-cards';

const MINE: OwnCard = {
  id: 'own-1',
  kind: 'reframe',
  thought: 'Ik ben te veel',
  reframe: 'Ik mag ruimte innemen',
  writtenAtMs: 1000,
};
const articleReframe = nlCards.find((card) => card.kind === 'reframe') as ReframeCard;
const articleLine = nlCards.find((card) => card.kind === 'quote') as TextCard;

describe('checkOwnCard: what a person typed', () => {
  const long = 'a'.repeat(OWN_CARD_MAX_CHARS + 1);
  it.each([
    [
      'a line',
      'quote',
      { text: '  Ik durf het te vragen.  ' },
      { kind: 'quote', text: 'Ik durf het te vragen.' },
    ],
    [
      'a step, 280 characters',
      'step',
      { text: 'b'.repeat(280) },
      { kind: 'step', text: 'b'.repeat(280) },
    ],
    [
      'a reframe',
      'reframe',
      { thought: ' Ik lijk zwak ', reframe: 'Het kost me kracht' },
      { kind: 'reframe', thought: 'Ik lijk zwak', reframe: 'Het kost me kracht' },
    ],
    [
      'markup, emoji and right-to-left text, kept as typed',
      'question',
      { text: '<b>Wat</b> voel ik? 🌱 שלום' },
      { kind: 'question', text: '<b>Wat</b> voel ik? 🌱 שלום' },
    ],
  ] as const)('takes %s, trimmed', (_name, kind, typed, value) => {
    expect(checkOwnCard(kind, typed, [MINE])).toEqual({ isValid: true, value });
  });

  it.each([
    ['an empty line', 'quote', { text: '   ' }, { text: 'required' }],
    ['a missing line', 'step', {}, { text: 'required' }],
    ['a line too long', 'question', { text: long }, { text: 'tooLong' }],
    ['a reframe without its answer', 'reframe', { thought: 'Ik faal' }, { reframe: 'required' }],
    [
      'a reframe with both fields wrong',
      'reframe',
      { thought: '', reframe: long },
      { thought: 'required', reframe: 'tooLong' },
    ],
    [
      'one of your own cards again',
      'reframe',
      { thought: 'Ik ben te veel', reframe: ' Ik mag ruimte innemen' },
      { reframe: 'duplicate' },
    ],
    [
      "one of the article's reframes",
      'reframe',
      { thought: articleReframe.thought, reframe: articleReframe.reframe },
      { reframe: 'duplicate' },
    ],
    [
      "one of the article's lines, as a step",
      'step',
      { text: articleLine.text },
      { text: 'duplicate' },
    ],
  ] as const)('refuses %s, naming the field', (_name, kind, typed, errors) => {
    expect(checkOwnCard(kind, typed, [...nlCards, MINE])).toEqual({ isValid: false, errors });
  });

  it("may start from one of the article's reframes, once the words are the user's own", () => {
    const typed = { thought: articleReframe.thought, reframe: 'Ik zeg het op mijn manier' };
    expect(checkOwnCard('reframe', typed, nlCards).isValid).toBe(true);
  });

  it('tells a different case from a duplicate: only words alike are the same card', () => {
    expect(checkOwnCard('quote', { text: 'ik ben te veel' }, [MINE]).isValid).toBe(true);
  });
});

describe('own card ids', () => {
  it('start with own- and differ from each other', () => {
    const id = makeOwnCardId(1_780_000_000_000, () => 0.5);
    expect(isOwnCardId(id)).toBe(true);
    expect(id).not.toBe(makeOwnCardId(1_780_000_000_000, () => 0.25));
    expect(nlCards.some((card) => isOwnCardId(card.id))).toBe(false);
  });
});

describe('sanitizeOwnCards: what is stored', () => {
  it('keeps valid cards as they are', () => {
    const line: OwnCard = { id: 'own-2', kind: 'step', text: 'Vraag om hulp', writtenAtMs: 5 };
    expect(sanitizeOwnCards(toStoredOwnCards([MINE, line]))).toEqual([MINE, line]);
  });

  it('reads junk as no cards', () => {
    for (const junk of [null, 'cards', 42, {}, { cards: 'x' }, [1, 'two', null]]) {
      expect(sanitizeOwnCards(junk)).toEqual([]);
    }
  });

  it('keeps the words of a card whose other fields are broken', () => {
    const stored = {
      cards: [{ id: 17, kind: 'quote', text: ' Mijn regel ', writtenAtMs: 'gisteren' }],
    };
    expect(sanitizeOwnCards(stored)).toEqual([
      { id: 'own-restored-0', kind: 'quote', text: 'Mijn regel', writtenAtMs: 0 },
    ]);
  });

  it('keeps half a reframe, and words longer than a new card may be', () => {
    const long = 'c'.repeat(OWN_CARD_MAX_CHARS * 2);
    expect(
      sanitizeOwnCards([{ id: 'own-3', kind: 'reframe', thought: long, writtenAtMs: 1 }]),
    ).toEqual([{ id: 'own-3', kind: 'reframe', thought: long, reframe: '', writtenAtMs: 1 }]);
  });

  it('drops what holds no words or names no kind', () => {
    expect(
      sanitizeOwnCards([
        { id: 'own-4', kind: 'quote', text: '   ' },
        { id: 'own-5', kind: 'poem', text: 'Rozen' },
        { id: 'own-6', kind: 'reframe' },
      ]),
    ).toEqual([]);
  });

  it('keeps two cards stored under one id, the second under an id of its own', () => {
    const twice = [MINE, { ...MINE, thought: 'Ik ben niet genoeg' }];
    const read = sanitizeOwnCards(twice);
    expect(read.map((card) => card.id)).toEqual(['own-1', 'own-restored-1-0']);
  });

  it('never throws, and gives valid cards with unique ids, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(
            fc.record(
              {
                id: fc.oneof(fc.constantFrom('own-1', 'own-2', 'own-restored-1'), fc.anything()),
                kind: fc.oneof(
                  fc.constantFrom('quote', 'reframe', 'question', 'step'),
                  fc.anything(),
                ),
                text: fc.oneof(fc.string(), fc.anything()),
                thought: fc.oneof(fc.string(), fc.anything()),
                reframe: fc.oneof(fc.string(), fc.anything()),
                writtenAtMs: fc.oneof(fc.integer(), fc.anything()),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        (stored) => {
          const cards = sanitizeOwnCards(stored);
          expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
          for (const card of cards) {
            expect(isOwnCardId(card.id)).toBe(true);
            if (card.kind === 'reframe') expect(card.thought + card.reframe).not.toBe('');
            else expect(card.text).not.toBe('');
          }
          // Read again, they stay as they are.
          expect(sanitizeOwnCards(toStoredOwnCards(cards))).toEqual(cards);
        },
      ),
    );
  });
});
