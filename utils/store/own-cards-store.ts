import type { UseStore } from 'idb-keyval';
import type { Card, CardKind } from '@/assets/content/types';
import {
  checkOwnCard,
  makeOwnCardId,
  OWN_CARDS_LIMIT,
  type OwnCard,
  type OwnCardCheck,
  type OwnCardField,
  sanitizeOwnCard,
  sanitizeOwnCards,
  toStoredOwnCards,
} from '@/utils/core/own-cards';
import {
  changeRecord,
  getDatabase,
  loadRecord,
  putRecord,
  requestRecord,
  runTransaction,
  type StoredRecord,
} from './database';

/** The key of the user's own cards in the shared database. */
export const OWN_CARDS_KEY = 'own-cards';

/** The owner of the user's own cards: each valid, every word kept. */
export const ownCardsRecord: StoredRecord<OwnCard[], readonly OwnCard[]> = {
  key: OWN_CARDS_KEY,
  read: sanitizeOwnCards,
  write: toStoredOwnCards,
};

/** Every own card, in the order written. */
export function loadOwnCards(store: UseStore = getDatabase()): Promise<OwnCard[]> {
  return loadRecord(ownCardsRecord, store);
}

/** Why a card was not saved: its fields (each with its reason), a full store, or a card gone. */
export type OwnCardRefusal =
  | Extract<OwnCardCheck, { isValid: false }>
  | { isValid: false; reason: 'full' | 'gone' };

/**
 * Saves an own card in one transaction: a new one (`id` null) at the end, or the card with `id`
 * changed in its place. What was typed is checked against the article's cards (`articleCards`)
 * and the other own cards as stored. Resolves to the card stored, or why nothing was.
 */
export function saveOwnCard(
  draft: { id: string | null; kind: CardKind; typed: Partial<Record<OwnCardField, string>> },
  articleCards: readonly Card[],
  nowMs: number,
  random: () => number = Math.random,
  store: UseStore = getDatabase(),
): Promise<OwnCard | OwnCardRefusal> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      let result: OwnCard | OwnCardRefusal = { isValid: false, reason: 'gone' };
      requestRecord(objectStore, ownCardsRecord, (cards) => {
        const index = draft.id === null ? -1 : cards.findIndex((card) => card.id === draft.id);
        if (draft.id !== null && index < 0) return;
        if (draft.id === null && cards.length >= OWN_CARDS_LIMIT) {
          result = { isValid: false, reason: 'full' };
          return;
        }
        const others = [...articleCards, ...cards.filter((_, at) => at !== index)];
        const check = checkOwnCard(draft.kind, draft.typed, others);
        if (!check.isValid) {
          result = check;
          return;
        }
        // Fields in the order they are read back in.
        const card = sanitizeOwnCard(
          { ...check.value, id: draft.id ?? makeOwnCardId(nowMs, random), writtenAtMs: nowMs },
          '',
        ) as OwnCard;
        const changed = index < 0 ? [...cards, card] : cards.with(index, card);
        putRecord(objectStore, ownCardsRecord, changed);
        result = card;
      });
      return () => result;
    },
    store,
  );
}

/** Deletes an own card in one transaction; resolves to 'gone' when there was none. */
export function deleteOwnCard(id: string, store: UseStore = getDatabase()): Promise<'gone' | null> {
  return changeRecord<OwnCard[], readonly OwnCard[], 'gone'>(
    ownCardsRecord,
    (cards) => {
      const kept = cards.filter((card) => card.id !== id);
      return kept.length === cards.length ? 'gone' : kept;
    },
    store,
  );
}
