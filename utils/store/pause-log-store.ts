import type { UseStore } from 'idb-keyval';
import { appendToLog, sanitizePauseLog, toStoredLog } from '@/utils/core/pause-log';
import type { PauseLogEntry, PauseState } from '@/utils/core/pause-model';
import {
  getDatabase,
  loadRecord,
  putRecord,
  requestRecord,
  runTransaction,
  type StoredRecord,
} from './database';
import { pauseStateRecord } from './pause-state-store';

/** The key of the pause history in the shared database. */
export const PAUSE_LOG_KEY = 'pause-log';

/** The owner of the pause history: every line valid, every note kept. */
export const pauseLogRecord: StoredRecord<PauseLogEntry[], readonly PauseLogEntry[]> = {
  key: PAUSE_LOG_KEY,
  read: sanitizePauseLog,
  write: toStoredLog,
};

/** The history, oldest first. */
export function loadPauseLog(store: UseStore = getDatabase()): Promise<PauseLogEntry[]> {
  return loadRecord(pauseLogRecord, store);
}

/**
 * Stores the pause state (when given) and adds lines to the history, in one transaction: all of
 * it lands, or none of it does.
 */
export function commitPause(
  state: PauseState | null,
  added: readonly PauseLogEntry[],
  store: UseStore = getDatabase(),
): Promise<void> {
  return runTransaction(
    'readwrite',
    (objectStore) => {
      if (state) putRecord(objectStore, pauseStateRecord(Date.now()), state);
      if (added.length > 0) {
        requestRecord(objectStore, pauseLogRecord, (entries) =>
          putRecord(objectStore, pauseLogRecord, appendToLog(entries, added)),
        );
      }
      return () => undefined;
    },
    store,
  );
}
