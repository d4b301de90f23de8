import type { UseStore } from 'idb-keyval';
import { removeLine, replaceLine, restoreLine } from '@/utils/core/journal';
import {
  appendToLog,
  hasNote,
  NOTES_LIMIT,
  sanitizePauseLog,
  toStoredLog,
} from '@/utils/core/pause-log';
import type { PauseLogEntry, PauseState } from '@/utils/core/pause-model';
import {
  changeRecord,
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

/** The history no longer holds the line a change was asked for: another page changed it. */
export class LineGoneError extends Error {
  constructor() {
    super('The history no longer holds this line.');
    this.name = 'LineGoneError';
  }
}

/** The history holds all the notes it takes: a new note is refused, never an old one dropped. */
export class NotesFullError extends Error {
  constructor() {
    super('The history holds all the notes it takes.');
    this.name = 'NotesFullError';
  }
}

/**
 * Changes the history in one transaction: `change` gets the history as stored and returns the
 * new one, or why not, which rejects with its error and changes nothing.
 */
async function changeLog(
  change: (entries: PauseLogEntry[]) => PauseLogEntry[] | 'lineGone' | 'notesFull',
  store: UseStore,
): Promise<void> {
  const reason = await changeRecord(pauseLogRecord, change, store);
  if (reason === 'lineGone') throw new LineGoneError();
  if (reason === 'notesFull') throw new NotesFullError();
}

/**
 * Puts `next` where the history holds `line`, in one write. Rejects with a `LineGoneError` when
 * the line is no longer there, and a `NotesFullError` when it would be one note too many.
 */
export function replaceLogLine(
  line: PauseLogEntry,
  next: PauseLogEntry,
  store: UseStore = getDatabase(),
): Promise<void> {
  return changeLog((entries) => {
    const replaced = replaceLine(entries, line, next);
    if (!replaced) return 'lineGone';
    if (hasNote(next) && !hasNote(line) && entries.filter(hasNote).length >= NOTES_LIMIT) {
      return 'notesFull';
    }
    return replaced;
  }, store);
}

/** Takes `line` out of the history. Rejects with a `LineGoneError` when it is not there. */
export function deleteLogLine(line: PauseLogEntry, store: UseStore = getDatabase()): Promise<void> {
  return changeLog((entries) => {
    const removed = removeLine(entries, line);
    if (!removed) return 'lineGone';
    return removed;
  }, store);
}

/** Puts a deleted line back into the history, in its place by time. */
export function restoreLogLine(
  line: PauseLogEntry,
  store: UseStore = getDatabase(),
): Promise<void> {
  return changeLog((entries) => {
    if (hasNote(line) && entries.filter(hasNote).length >= NOTES_LIMIT) return 'notesFull';
    return restoreLine(entries, line);
  }, store);
}
