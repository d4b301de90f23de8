import type { UseStore } from 'idb-keyval';
import type { Intention } from '@/utils/core/intentions';
import { sanitizeIntentions, toStoredIntentions } from '@/utils/core/stored-intentions';
import {
  getDatabase,
  loadRecord,
  putRecord,
  requestRecord,
  runTransaction,
  type StoredRecord,
} from './database';

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
export async function changeIntentions<Reason extends string>(
  change: (intentions: Intention[]) => Intention[] | Reason,
  store: UseStore = getDatabase(),
): Promise<Reason | null> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      let reason: Reason | null = null;
      requestRecord(objectStore, intentionsRecord, (intentions) => {
        const changed = change(intentions);
        if (typeof changed === 'string') reason = changed;
        else putRecord(objectStore, intentionsRecord, changed);
      });
      return () => reason;
    },
    store,
  );
}
