import { describe, expect, it } from 'vitest';
import type { Card } from '@/utils/core/card';
import { chooseQuestion, findPauseCard } from '@/utils/core/pause-content';

const quote: Card = { id: 'quote-a', kind: 'quote', section: 'intro', text: 'een zin.' };
const first: Card = { id: 'question-1', kind: 'question', section: 'questions', text: 'eerste?' };
const second: Card = { id: 'question-2', kind: 'question', section: 'questions', text: 'tweede?' };
const DECK = [quote, first, second];

describe('findPauseCard', () => {
  it.each<[string, unknown, Card | null]>([
    ['the announced card', 'question-2', second],
    ['none for an id the deck does not have', 'gone', null],
    ['none when nothing was announced', null, null],
    ['none for an answer that is not an id', 7, null],
  ])('gives %s', (_name, announced, expected) => {
    expect(findPauseCard(DECK, announced)).toEqual(expected);
  });
});

describe('chooseQuestion', () => {
  it.each<[string, Card | null, number, string | null]>([
    ['the first question for a low draw', quote, 0, 'eerste?'],
    ['the last question for a high draw', quote, 0.99, 'tweede?'],
    ['another question than the card shown', first, 0, 'tweede?'],
    ['another question, whatever the draw', first, 0.99, 'tweede?'],
    ['a question when no card is shown', null, 0.5, 'tweede?'],
    ['a question for a draw outside [0, 1)', quote, 1, 'tweede?'],
  ])('gives %s', (_name, shown, random, expected) => {
    expect(chooseQuestion(DECK, shown, random)).toBe(expected);
  });

  it('gives none when the deck has no other question', () => {
    expect(chooseQuestion([quote, first], first, 0.3)).toBeNull();
    expect(chooseQuestion([quote], quote, 0.3)).toBeNull();
  });
});
