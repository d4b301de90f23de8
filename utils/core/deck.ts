import type { Card, CardKind } from '@/assets/content/types';

/** The ids a draw may pick: cards of an enabled kind that the user did not hide. */
export function getEnabledCardIds(
  cards: readonly Card[],
  enabledKinds: readonly CardKind[],
  hiddenCardIds: readonly string[],
): string[] {
  const hidden = new Set(hiddenCardIds);
  return cards
    .filter((card) => enabledKinds.includes(card.kind) && !hidden.has(card.id))
    .map((card) => card.id);
}

/** The card with this id, or null when the deck has none (an id from older content). */
export function findCard(cards: readonly Card[], cardId: string | null): Card | null {
  return cards.find((card) => card.id === cardId) ?? null;
}
