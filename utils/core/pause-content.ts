import type { Card } from '@/utils/core/card';
import { findCard } from './deck';

// What the pause page shows: the pause's card, and a question to reflect on.

/**
 * The card of the pause: the one announced with it, when the deck in this language has it; null
 * when it has none, and the page draws one from the bag.
 */
export function findPauseCard(cards: readonly Card[], announcedCardId: unknown): Card | null {
  return typeof announcedCardId === 'string' ? findCard(cards, announcedCardId) : null;
}

/**
 * A reflection question from the deck, other than the card shown above it (when that is a
 * question itself); `random` in [0, 1) picks which. Null when the deck holds no other question.
 */
export function chooseQuestion(
  cards: readonly Card[],
  shown: Card | null,
  random: number,
): string | null {
  const questions = cards.flatMap((card) =>
    card.kind === 'question' && card.id !== shown?.id ? [card.text] : [],
  );
  const index = Math.min(questions.length - 1, Math.max(0, Math.floor(random * questions.length)));
  return questions[index] ?? null;
}
