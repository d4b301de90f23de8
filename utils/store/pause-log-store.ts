import type { UseStore } from 'idb-keyval';
import {
  type ChangeResult,
  deleteInList,
  editInList,
  type ListChange,
  restoreInList,
} from '@/utils/core/edit';
import { findPauseLine, restoreLine, type TakenLine } from '@/utils/core/journal';
import {
  appendToLog,
  hasNote,
  NOTES_LIMIT,
  sanitizePauseLog,
  toStoredLog,
} from '@/utils/core/pause-log';
import type { PauseLogEntry, PauseState } from '@/utils/core/pause-model';
import {
  editRecord,
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

/** A change found its line with `findPauseLine`, which finds only pauses taken. */
const asTaken = <Saved extends TakenLine | null>(change: ListChange<PauseLogEntry, unknown>) =>
  change as { items?: PauseLogEntry[]; result: ChangeResult<TakenLine, Saved> };

/** The room a change needs: one note more than the history holds is refused, never one dropped. */
function isOutOfRoom(entries: readonly PauseLogEntry[], line: PauseLogEntry, held?: PauseLogEntry) {
  return hasNote(line) && !(held && hasNote(held)) && entries.filter(hasNote).length >= NOTES_LIMIT;
}

/**
 * Puts `next` where the history holds the pause `base` names, in one write, if it is still as
 * `base` says: else the refusal carries the line as it is now (changed on another page, a second
 * note joined to it), or says it is gone.
 */
export function replaceLogLine(
  base: TakenLine,
  next: TakenLine,
  store: UseStore = getDatabase(),
): Promise<ChangeResult<TakenLine>> {
  return editRecord(
    pauseLogRecord,
    (entries) => {
      const index = findPauseLine(entries, base);
      const change = asTaken<TakenLine>(editInList<PauseLogEntry>(entries, index, base, next));
      // Room is asked only of a change that would land: one gone or changed says so instead.
      if (change.items && isOutOfRoom(entries, next, entries[index])) {
        return { result: { refused: 'notesFull' as const } };
      }
      return change;
    },
    store,
  );
}

/** Takes the pause `base` names out of the history, if it is still as `base` says. */
export function deleteLogLine(
  base: TakenLine,
  store: UseStore = getDatabase(),
): Promise<ChangeResult<TakenLine, null>> {
  return editRecord(
    pauseLogRecord,
    (entries) =>
      asTaken<null>(deleteInList<PauseLogEntry>(entries, findPauseLine(entries, base), base)),
    store,
  );
}

/** Puts a deleted line back, in its place by time, unless the history holds it again already. */
export function restoreLogLine(
  line: TakenLine,
  store: UseStore = getDatabase(),
): Promise<ChangeResult<TakenLine>> {
  return editRecord(
    pauseLogRecord,
    (entries) => {
      const index = findPauseLine(entries, line);
      if (index < 0 && isOutOfRoom(entries, line)) {
        return { result: { refused: 'notesFull' as const } };
      }
      return asTaken<TakenLine>(restoreInList<PauseLogEntry>(entries, index, line, restoreLine));
    },
    store,
  );
}
