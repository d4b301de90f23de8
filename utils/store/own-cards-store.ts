import type { UseStore } from 'idb-keyval';
import type { Card, CardKind } from '@/utils/core/card';
import { type ChangeResult, deleteInList, isSameVersion, type Refusal } from '@/utils/core/edit';
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
  editRecord,
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

/**
 * Why a card was not saved: its fields (each with its reason), or a refusal of the one vocabulary
 * (no room; changed or deleted elsewhere since the editor began, with the card as stored now).
 */
export type OwnCardRefusal = Extract<OwnCardCheck, { isValid: false }> | Refusal<OwnCard>;

/** What a person typed for an own card: a new one (`base` null), or a change of `base`. */
export interface OwnCardDraft {
  /** The card as the editor began from; null for a new card. */
  base: OwnCard | null;
  kind: CardKind;
  typed: Partial<Record<OwnCardField, string>>;
}

/**
 * Saves an own card in one transaction: a new one at the end, or `base` changed in its place, if
 * it is still as `base` says. What was typed is checked against the article's cards
 * (`articleCards`) and the other own cards as stored. Resolves to the card stored, or why not.
 */
export function saveOwnCard(
  draft: OwnCardDraft,
  articleCards: readonly Card[],
  nowMs: number,
  random: () => number = Math.random,
  store: UseStore = getDatabase(),
): Promise<OwnCard | OwnCardRefusal> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      let result: OwnCard | OwnCardRefusal = { refused: 'gone' };
      requestRecord(objectStore, ownCardsRecord, (cards) => {
        const { base } = draft;
        const index = base === null ? -1 : cards.findIndex((card) => card.id === base.id);
        const held = cards[index];
        if (base !== null && !held) return;
        if (held && !isSameVersion(held, base)) {
          result = { refused: 'changed', current: held };
          return;
        }
        if (base === null && cards.length >= OWN_CARDS_LIMIT) {
          result = { refused: 'full' };
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
          { ...check.value, id: base?.id ?? makeOwnCardId(nowMs, random), writtenAtMs: nowMs },
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

/**
 * Deletes an own card in one transaction, if it is still as `base` says: one changed in another
 * tab meanwhile is refused with how it is now, so no one's words go unseen. Gone already is done.
 */
export function deleteOwnCard(
  base: OwnCard,
  store: UseStore = getDatabase(),
): Promise<ChangeResult<OwnCard, null>> {
  return editRecord(
    ownCardsRecord,
    (cards) =>
      deleteInList(
        cards,
        cards.findIndex((card) => card.id === base.id),
        base,
      ),
    store,
  );
}
