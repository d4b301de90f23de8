import type { UseStore } from 'idb-keyval';
import type { Card } from '@/utils/core/card';
import { findCard, getEnabledCardIds, listDeck } from '@/utils/core/deck';
import type { Preferences } from '@/utils/core/preferences';
import { type BagState, drawCard, sanitizeBagState, sanitizeIds } from '@/utils/core/shuffle-bag';
import {
  getDatabase,
  loadRecord,
  putRecord,
  requestRecord,
  runTransaction,
  type StoredRecord,
} from './database';
import { ownCardsRecord } from './own-cards-store';
import { preferencesRecord } from './preferences-store';

// The deck's records: the shuffle bag (written on every draw) and the hidden cards. Two records,
// not one, so restoring a hidden card never races with a draw.

/** The keys of the deck's records in the shared database. */
export const BAG_KEY = 'deck-bag';
export const HIDDEN_KEY = 'deck-hidden-card-ids';

/** The owner of the shuffle bag: where the deck stands, across opens and restarts. */
export const bagRecord: StoredRecord<BagState> = {
  key: BAG_KEY,
  read: sanitizeBagState,
  write: (state) => state,
};

/** The owner of the cards the user chose not to see again (junk reads as none). */
export const hiddenCardsRecord: StoredRecord<string[], readonly string[]> = {
  key: HIDDEN_KEY,
  read: sanitizeIds,
  write: (ids) => ids,
};

export interface Draw {
  card: Card | null;
  /** The preferences the draw honoured, read in the same transaction. */
  preferences: Preferences;
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

/**
 * Draws the next card of the enabled kinds from the article's cards (`articleCards`) and the
 * user's own, as the preferences choose, hidden cards left out: reads the preferences, the hidden
 * cards, the own cards and the bag, and stores the bag, in one transaction (one round trip, and
 * no other draw can come between). Card ids are the same in every language, so `articleCards`
 * may be either deck; an own card is drawn with its words as written.
 */
export function drawNextCard(
  articleCards: readonly Card[],
  random: () => number,
  store: UseStore = getDatabase(),
): Promise<Draw> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      let draw: Draw | undefined;
      const readPreferences = requestRecord(objectStore, preferencesRecord);
      const hiddenRequest = objectStore.get(hiddenCardsRecord.key);
      const readOwnCards = requestRecord(objectStore, ownCardsRecord);
      // Requests of one transaction complete in order: once the bag is read, all three are.
      requestRecord(objectStore, bagRecord, (bag) => {
        const { preferences } = readPreferences();
        const hiddenCardIds = hiddenCardsRecord.read(hiddenRequest.result);
        // Junk is repaired where it is found, so no later opening reads it again.
        if (!isStoredAs(hiddenRequest.result, hiddenCardIds)) {
          putRecord(objectStore, hiddenCardsRecord, hiddenCardIds);
        }
        const cards = listDeck(articleCards, readOwnCards(), preferences.cardSource);
        const enabledIds = getEnabledCardIds(cards, preferences.enabledKinds, hiddenCardIds);
        const drawn = drawCard(bag, enabledIds, random);
        putRecord(objectStore, bagRecord, drawn.state);
        draw = { card: findCard(cards, drawn.cardId), preferences };
      });
      return () => draw as Draw;
    },
    store,
  );
}

/** The ids of the cards the user chose not to see again (junk reads as none). */
export function loadHiddenCardIds(store: UseStore = getDatabase()): Promise<string[]> {
  return loadRecord(hiddenCardsRecord, store);
}

/** Changes the hidden cards in one transaction. */
function changeHidden(change: (ids: string[]) => string[], store: UseStore): Promise<void> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      requestRecord(objectStore, hiddenCardsRecord, (ids) =>
        putRecord(objectStore, hiddenCardsRecord, change(ids)),
      );
      return () => undefined;
    },
    store,
  );
}

/** Hides a card from every future draw. */
export function hideCard(cardId: string, store: UseStore = getDatabase()): Promise<void> {
  return changeHidden((ids) => [...new Set([...ids, cardId])], store);
}

/** Shows a hidden card again. */
export function unhideCard(cardId: string, store: UseStore = getDatabase()): Promise<void> {
  return changeHidden((ids) => ids.filter((id) => id !== cardId), store);
}
