import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cards as nlCards } from '@/assets/content/nl';
import type { ReframeCard, TextCard } from '@/utils/core/card';
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

  it("tells a line from a reframe's thought: only cards whose words are all alike are one", () => {
    expect(checkOwnCard('quote', { text: 'ik ben te veel' }, [MINE]).isValid).toBe(true);
  });

  it('stores the words in NFC, the form every page compares and shows', () => {
    expect(checkOwnCard('quote', { text: 'E\u0301e\u0301n' }, [])).toEqual({
      isValid: true,
      value: { kind: 'quote', text: '\u00c9\u00e9n' },
    });
  });

  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['joiners and a word joiner', '\u200c\u200d\u2060'],
    ['a byte order mark and a soft hyphen', '\ufeff\u00ad'],
    ['bidi marks and isolates', '\u200e\u200f\u202a\u202e\u2066\u2069'],
    ['zero-width spaces among spaces of every width', '\u200b\u00a0\u2003\u3000\t\n\u200b'],
  ])('refuses a field of only %s: nothing in it can be seen', (_name, text) => {
    expect(checkOwnCard('step', { text }, [])).toEqual({
      isValid: false,
      errors: { text: 'invisible' },
    });
    expect(checkOwnCard('reframe', { thought: 'Ik faal', reframe: text }, [])).toEqual({
      isValid: false,
      errors: { reframe: 'invisible' },
    });
  });

  it('takes a visible character among invisible ones, as typed', () => {
    expect(checkOwnCard('step', { text: '\u200b.\u200b' }, []).isValid).toBe(true);
  });

  const own = (text: string): OwnCard => ({ id: 'own-2', kind: 'step', text, writtenAtMs: 1 });
  it.each([
    ['NFD against NFC', own('\u00c9\u00e9n stap'), 'E\u0301e\u0301n stap'],
    ['with a zero-width space at the end', own('Eén stap'), 'Eén stap\u200b'],
    ['in another case', own('Eén stap'), 'EÉN STAP'],
    ['with its spaces doubled', own('Eén stap'), 'Eén  \u00a0stap'],
    ['with a bidi mark inside', own('Eén stap'), 'Eén\u200e stap'],
  ])('counts a card %s as the same card', (_name, other, text) => {
    expect(checkOwnCard('question', { text }, [other])).toEqual({
      isValid: false,
      errors: { text: 'duplicate' },
    });
  });

  it("counts one of the article's reframes in another case as the same card", () => {
    const typed = {
      thought: articleReframe.thought.toUpperCase(),
      reframe: ` ${articleReframe.reframe}\u200b`,
    };
    expect(checkOwnCard('reframe', typed, nlCards)).toEqual({
      isValid: false,
      errors: { reframe: 'duplicate' },
    });
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

  it('reads every field in NFC', () => {
    expect(
      sanitizeOwnCards([
        { id: 'own-3', kind: 'reframe', thought: 'E\u0301e\u0301n', reframe: 'Ik', writtenAtMs: 1 },
      ]),
    ).toEqual([
      { id: 'own-3', kind: 'reframe', thought: '\u00c9\u00e9n', reframe: 'Ik', writtenAtMs: 1 },
    ]);
  });

  it('reads a field of only invisible characters as no words, and keeps every other word', () => {
    expect(
      sanitizeOwnCards([
        { id: 'own-4', kind: 'quote', text: '\u200b\u200d\ufeff' },
        { id: 'own-5', kind: 'reframe', thought: '\u2060\u00ad', reframe: '\u202e' },
        { id: 'own-6', kind: 'reframe', thought: '\u200b', reframe: 'Ik mag er zijn' },
        { id: 'own-7', kind: 'step', text: '\u200bBel Sam\u200b', writtenAtMs: 1 },
      ]),
    ).toEqual([
      { id: 'own-6', kind: 'reframe', thought: '', reframe: 'Ik mag er zijn', writtenAtMs: 0 },
      { id: 'own-7', kind: 'step', text: '\u200bBel Sam\u200b', writtenAtMs: 1 },
    ]);
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
