import type { UseStore } from 'idb-keyval';
import type { PauseState } from '@/utils/core/pause-model';
import { sanitizePauseState, toStoredPauseState } from '@/utils/core/stored-pause-state';
import { getDatabase, loadRecord, type StoredRecord } from './database';

/** The key of the pause state in the shared database. */
export const PAUSE_STATE_KEY = 'pause-state';

/**
 * The owner of the pause state, written by the background only (with the history:
 * pause-log-store.ts's commitPause). Read as of `nowMs`: null when nothing of it can be used.
 */
export function pauseStateRecord(nowMs: number): StoredRecord<PauseState | null, PauseState> {
  return {
    key: PAUSE_STATE_KEY,
    read: (stored) => sanitizePauseState(stored, nowMs),
    write: toStoredPauseState,
  };
}

/** Loads the pause state; null when there is none (or nothing of it is usable). */
export function loadPauseState(
  nowMs: number,
  store: UseStore = getDatabase(),
): Promise<PauseState | null> {
  return loadRecord(pauseStateRecord(nowMs), store);
}
