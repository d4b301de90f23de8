import { createStore, get, type UseStore, update } from 'idb-keyval';
import type { Card, CardKind } from '@/assets/content/types';
import { findCard, getEnabledCardIds } from './deck';
import { type BagState, drawCard, EMPTY_BAG, sanitizeBagState, sanitizeIds } from './shuffle-bag';

// Two keys, not one record: the popup writes the bag on every draw, and that must never race
// with the options page restoring a hidden card. Each write is one read-modify-write transaction.
const BAG_KEY = 'bag';
const HIDDEN_KEY = 'hidden-card-ids';

let defaultStore: UseStore | undefined;

/** The deck's database, opened on first use. */
export function getDeckStore(): UseStore {
  defaultStore ??= createStore('moedpauze-deck', 'keyval');
  return defaultStore;
}

/** Draws the next card among `enabledIds` from the stored bag, and stores the bag, atomically. */
export async function drawNextCardId(
  enabledIds: readonly string[],
  random: () => number,
  store: UseStore = getDeckStore(),
): Promise<string | null> {
  let cardId: string | null = null;
  await update(
    BAG_KEY,
    (stored: unknown) => {
      const drawn = drawCard(sanitizeBagState(stored), enabledIds, random);
      cardId = drawn.cardId;
      return drawn.state;
    },
    store,
  );
  return cardId;
}

/** The stored bag, valid whatever was stored. */
export async function loadBag(store: UseStore = getDeckStore()): Promise<BagState> {
  return sanitizeBagState((await get(BAG_KEY, store)) ?? EMPTY_BAG);
}

/** The ids of the cards the user chose not to see again (junk reads as none). */
export async function loadHiddenCardIds(store: UseStore = getDeckStore()): Promise<string[]> {
  return sanitizeIds(await get(HIDDEN_KEY, store));
}

/** Hides a card from every future draw. */
export async function hideCard(cardId: string, store: UseStore = getDeckStore()): Promise<void> {
  await update(
    HIDDEN_KEY,
    (stored: unknown) => [...new Set([...sanitizeIds(stored), cardId])],
    store,
  );
}

/** Shows a hidden card again. */
export async function unhideCard(cardId: string, store: UseStore = getDeckStore()): Promise<void> {
  await update(
    HIDDEN_KEY,
    (stored: unknown) => sanitizeIds(stored).filter((id) => id !== cardId),
    store,
  );
}

/** Draws the next card of `cards` among the enabled kinds, leaving hidden cards out. */
export async function drawNextCard(
  cards: readonly Card[],
  enabledKinds: readonly CardKind[],
  random: () => number,
  store: UseStore = getDeckStore(),
): Promise<Card | null> {
  const hiddenCardIds = await loadHiddenCardIds(store);
  const enabledIds = getEnabledCardIds(cards, enabledKinds, hiddenCardIds);
  return findCard(cards, await drawNextCardId(enabledIds, random, store));
}
