import { get, type UseStore, update } from 'idb-keyval';
import type { Card } from '@/assets/content/types';
import { getDatabase } from './database';
import { findCard, getEnabledCardIds } from './deck';
import type { Preferences } from './preferences';
import { PREFERENCES_KEY, readPreferencesRecord } from './preferences-store';
import { drawCard, sanitizeBagState, sanitizeIds } from './shuffle-bag';

// The deck's records: the shuffle bag (written on every draw) and the hidden cards. Two keys,
// not one record, so restoring a hidden card never races with a draw.
export const BAG_KEY = 'deck-bag';
export const HIDDEN_KEY = 'deck-hidden-card-ids';

export interface Draw {
  card: Card | null;
  /** The preferences the draw honoured, read in the same transaction. */
  preferences: Preferences;
}

/**
 * Draws the next card of the enabled kinds, hidden cards left out: reads the preferences, the
 * hidden cards and the bag, and stores the bag, in one transaction (one round trip, and no other
 * draw can come between). Card ids are the same in every language, so `cards` may be either deck.
 */
export function drawNextCard(
  cards: readonly Card[],
  random: () => number,
  store: UseStore = getDatabase(),
): Promise<Draw> {
  return store(
    'readwrite',
    (objectStore) =>
      new Promise<Draw>((resolve, reject) => {
        const preferencesRequest = objectStore.get(PREFERENCES_KEY);
        const hiddenRequest = objectStore.get(HIDDEN_KEY);
        const bagRequest = objectStore.get(BAG_KEY);
        // Requests of one transaction complete in order: once the bag is read, all three are.
        bagRequest.onsuccess = () => {
          const { preferences } = readPreferencesRecord(preferencesRequest.result);
          const hiddenCardIds = sanitizeIds(hiddenRequest.result);
          // Junk is repaired where it is found, so no later opening reads it again.
          if (!isStoredAs(hiddenRequest.result, hiddenCardIds)) {
            objectStore.put(hiddenCardIds, HIDDEN_KEY);
          }
          const enabledIds = getEnabledCardIds(cards, preferences.enabledKinds, hiddenCardIds);
          const drawn = drawCard(sanitizeBagState(bagRequest.result), enabledIds, random);
          objectStore.put(drawn.state, BAG_KEY);
          // The card is known now: the page shows it while the bag's write commits.
          resolve({ card: findCard(cards, drawn.cardId), preferences });
        };
        objectStore.transaction.onabort = () => reject(objectStore.transaction.error);
      }),
  );
}

/** True when a stored list is the clean one already (nothing stored counts as clean). */
function isStoredAs(stored: unknown, ids: readonly string[]): boolean {
  if (stored === undefined) return ids.length === 0;
  return (
    Array.isArray(stored) &&
    stored.length === ids.length &&
    ids.every((id, index) => stored[index] === id)
  );
}

/** The ids of the cards the user chose not to see again (junk reads as none). */
export async function loadHiddenCardIds(store: UseStore = getDatabase()): Promise<string[]> {
  return sanitizeIds(await get(HIDDEN_KEY, store));
}

/** Hides a card from every future draw. */
export async function hideCard(cardId: string, store: UseStore = getDatabase()): Promise<void> {
  await update(
    HIDDEN_KEY,
    (stored: unknown) => [...new Set([...sanitizeIds(stored), cardId])],
    store,
  );
}

/** Shows a hidden card again. */
export async function unhideCard(cardId: string, store: UseStore = getDatabase()): Promise<void> {
  await update(
    HIDDEN_KEY,
    (stored: unknown) => sanitizeIds(stored).filter((id) => id !== cardId),
    store,
  );
}
