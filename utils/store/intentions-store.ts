import type { UseStore } from 'idb-keyval';
import {
  answerFollowUp,
  type CommitProblem,
  commitStep,
  type FollowUpReply,
  INTENTIONS_LIMIT,
  type Intention,
  type LookBack,
  listOpen,
  makeIntentionId,
  putIntention,
} from '@/utils/core/intentions';
import { sanitizeIntentions, toStoredIntentions } from '@/utils/core/stored-intentions';
import {
  changeRecord,
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
 * Changes the intentions in one transaction: `change` gets them as stored and returns them
 * changed, or a reason (any string) to change nothing. Resolves to that reason, or null once the
 * change is stored.
 */
export function changeIntentions<Reason extends string>(
  change: (intentions: Intention[]) => Intention[] | Reason,
  store: UseStore = getDatabase(),
): Promise<Reason | null> {
  return changeRecord<Intention[], readonly Intention[], Reason>(intentionsRecord, change, store);
}

/**
 * Chooses a step to try: stored in one transaction with the look-back planned on the active hours
 * as stored, and the words of its card as the caller showed them. Resolves to the new intention,
 * or why there is none.
 */
export async function commitIntention(
  step: { cardId: string; stepText: string; words: string; lookBack: LookBack },
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
        const id = makeIntentionId(nowMs, random);
        result = commitStep(intentions, { ...step, id }, readPreferences().preferences, nowMs);
        if (typeof result !== 'string')
          putRecord(objectStore, intentionsRecord, [...intentions, result]);
      });
      return () => result;
    },
    store,
  );
}

/**
 * Answers a step's follow-up in one transaction. Resolves to the step as stored, or null when it
 * is gone (deleted on another page): nothing is written then.
 */
export async function answerIntention(
  id: string,
  reply: FollowUpReply,
  nowMs: number,
  store: UseStore = getDatabase(),
): Promise<Intention | null> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      let result: Intention | null = null;
      const readPreferences = requestRecord(objectStore, preferencesRecord);
      requestRecord(objectStore, intentionsRecord, (intentions) => {
        const held = intentions.find((intention) => intention.id === id);
        if (!held) return;
        result = answerFollowUp(held, reply, readPreferences().preferences, nowMs);
        putRecord(objectStore, intentionsRecord, putIntention(intentions, result));
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

/** Why the journal's change to a step did not land: it changed elsewhere, or no room is left. */
export type IntentionChangeProblem = 'lineGone' | 'notesFull';

/** Puts `next` in place of `held`, unless the step changed or went meanwhile. One write. */
export function replaceIntention(
  held: Intention,
  next: Intention,
  store: UseStore = getDatabase(),
): Promise<IntentionChangeProblem | null> {
  return changeIntentions((intentions) => {
    const stored = intentions.find((intention) => intention.id === held.id);
    if (!stored || JSON.stringify(stored) !== JSON.stringify(held)) return 'lineGone' as const;
    return putIntention(intentions, next);
  }, store);
}

/** Takes a step out, unless it is gone already. */
export function deleteIntention(
  held: Intention,
  store: UseStore = getDatabase(),
): Promise<IntentionChangeProblem | null> {
  return changeIntentions((intentions) => {
    const kept = intentions.filter((intention) => intention.id !== held.id);
    return kept.length === intentions.length ? ('lineGone' as const) : kept;
  }, store);
}

/** Puts a deleted step back, in its place by when it was chosen. */
export function restoreIntention(
  held: Intention,
  store: UseStore = getDatabase(),
): Promise<IntentionChangeProblem | null> {
  return changeIntentions((intentions) => {
    if (intentions.length >= INTENTIONS_LIMIT) return 'notesFull' as const;
    return putIntention(intentions, held).sort((a, b) => a.committedAtMs - b.committedAtMs);
  }, store);
}
