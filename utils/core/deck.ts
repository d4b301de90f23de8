import type { Card, CardKind } from '@/utils/core/card';
import type { OwnCard } from './own-cards';
import type { CardSource } from './preferences';

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

/**
 * The card as one language's deck words it: an article's card by its id (the same in every
 * language), an own card as its user wrote it, in whatever language that was. Null when the deck
 * has no card of that id.
 */
export function translateCard(card: Card, articleCards: readonly Card[]): Card | null {
  return card.section === 'own' ? card : findCard(articleCards, card.id);
}

/**
 * An own card as the deck shows it, or null while it is incomplete: half a reframe (read back so
 * from a damaged record) waits in the settings for its missing words.
 */
export function toDeckCard(own: OwnCard): Card | null {
  const { id } = own;
  if (own.kind !== 'reframe') return { id, kind: own.kind, section: 'own', text: own.text };
  const { thought, reframe } = own;
  return thought && reframe ? { id, kind: 'reframe', section: 'own', thought, reframe } : null;
}

/** The cards a draw chooses from: the article's, the user's own, or both, as `source` says. */
export function listDeck(
  articleCards: readonly Card[],
  ownCards: readonly OwnCard[],
  source: CardSource,
): Card[] {
  const own = source === 'article' ? [] : ownCards.flatMap((card) => toDeckCard(card) ?? []);
  return source === 'own' ? own : [...articleCards, ...own];
}
