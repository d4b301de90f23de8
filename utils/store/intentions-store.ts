import type { UseStore } from 'idb-keyval';
import {
  type ChangeResult,
  deleteInList,
  editInList,
  type ListChange,
  restoreInList,
} from '@/utils/core/edit';
import {
  type CommitProblem,
  commitStep,
  INTENTIONS_LIMIT,
  type Intention,
  type LookBack,
  listOpen,
  makeIntentionId,
} from '@/utils/core/intentions';
import { sanitizeIntentions, toStoredIntentions } from '@/utils/core/stored-intentions';
import {
  editRecord,
  getDatabase,
  loadRecord,
  putRecord,
  requestRecord,
  runTransaction,
  type StoredRecord,
} from './database';
import { preferencesRecord } from './preferences-store';

/** The key of the small steps in the shared database. */
export const INTENTIONS_KEY = 'intentions';

/** The owner of the small steps chosen and their follow-ups: each valid, every word kept. */
export const intentionsRecord: StoredRecord<Intention[], readonly Intention[]> = {
  key: INTENTIONS_KEY,
  read: sanitizeIntentions,
  write: toStoredIntentions,
};

/** Every intention, in the order chosen. */
export function loadIntentions(store: UseStore = getDatabase()): Promise<Intention[]> {
  return loadRecord(intentionsRecord, store);
}

/**
 * Chooses a step to try: stored in one transaction with the look-back planned on the active hours
 * as stored, and the words of its card as the caller showed them. Resolves to the new intention,
 * or why there is none.
 */
export async function commitIntention(
  step: { id?: string; cardId: string; stepText: string; words: string; lookBack: LookBack },
  nowMs: number,
  random: () => number = Math.random,
  store: UseStore = getDatabase(),
): Promise<Intention | CommitProblem> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      let result: Intention | CommitProblem = 'full';
      const readPreferences = requestRecord(objectStore, preferencesRecord);
      requestRecord(objectStore, intentionsRecord, (intentions) => {
        const id = step.id ?? makeIntentionId(nowMs, random);
        // Sent again (the worker stopped before it answered): it is stored already, once.
        const held = intentions.find((intention) => intention.id === id);
        if (held) {
          result = held;
          return;
        }
        result = commitStep(intentions, { ...step, id }, readPreferences().preferences, nowMs);
        if (typeof result !== 'string')
          putRecord(objectStore, intentionsRecord, [...intentions, result]);
      });
      return () => result;
    },
    store,
  );
}

/** How many steps are open: the popup mentions them, quietly. */
export async function countOpenIntentions(store: UseStore = getDatabase()): Promise<number> {
  return listOpen(await loadIntentions(store)).length;
}

/** Where the intentions hold the step `held` names (by its id), or -1. */
const findIntention = (intentions: readonly Intention[], held: Intention) =>
  intentions.findIndex((intention) => intention.id === held.id);

/** Puts `next` in place of the step `base` names, if it is still as `base` says. One write. */
export function replaceIntention(
  base: Intention,
  next: Intention,
  store: UseStore = getDatabase(),
): Promise<ChangeResult<Intention>> {
  return editRecord(
    intentionsRecord,
    (intentions) => editInList(intentions, findIntention(intentions, base), base, next),
    store,
  );
}

/** Takes the step `base` names out, if it is still as `base` says. */
export function deleteIntention(
  base: Intention,
  store: UseStore = getDatabase(),
): Promise<ChangeResult<Intention, null>> {
  return editRecord(
    intentionsRecord,
    (intentions) => deleteInList(intentions, findIntention(intentions, base), base),
    store,
  );
}

/** Puts a deleted step back, in its place by when it was chosen, unless it is back already. */
export function restoreIntention(
  held: Intention,
  store: UseStore = getDatabase(),
): Promise<ChangeResult<Intention>> {
  return editRecord(
    intentionsRecord,
    (intentions): ListChange<Intention> => {
      const index = findIntention(intentions, held);
      if (index < 0 && intentions.length >= INTENTIONS_LIMIT)
        return { result: { refused: 'full' } };
      return restoreInList(intentions, index, held, placeByChoice);
    },
    store,
  );
}

/** The steps with `held` among them, in the order they were chosen. */
function placeByChoice(intentions: readonly Intention[], held: Intention): Intention[] {
  return [...intentions, held].sort((a, b) => a.committedAtMs - b.committedAtMs);
}
