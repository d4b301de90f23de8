import { get, type UseStore, update } from 'idb-keyval';
import { getDatabase } from './database';
import type { PauseLogEntry } from './pause-state';
import { cardIdOf, isTime, PAUSE_STORE_SCHEMA_VERSION } from './pause-store';
import { isRecord } from './preferences';

/**
 * The pause history: what became of each pause, with the user's notes. Its own module, apart from
 * the pause state, because the popup reads the state and never the history: it loads none of this.
 */
export const PAUSE_LOG_KEY = 'pause-log';

/**
 * How many history lines without a note are kept; the oldest go first. Lines with a note are the
 * user's own words and are never dropped.
 */
export const LOG_LIMIT = 5000;

/** One stored history line, or null when it is not one. A note is kept whatever else is wrong. */
export function sanitizeLogEntry(raw: unknown): PauseLogEntry | null {
  if (!isRecord(raw)) return null;
  const note = typeof raw.note === 'string' ? raw.note : '';
  const atMs = isTime(raw.atMs) ? raw.atMs : null;
  if (raw.outcome === 'taken' || note !== '') {
    return { outcome: 'taken', atMs: atMs ?? 0, cardId: cardIdOf(raw.cardId), note };
  }
  if (atMs === null) return null;
  if (raw.outcome === 'missed') return { outcome: 'missed', atMs };
  if (raw.outcome === 'natural-break') {
    return { outcome: 'natural-break', atMs, awayMs: isTime(raw.awayMs) ? raw.awayMs : 0 };
  }
  return null;
}

/** The stored history made valid line by line: lines that are junk go, every note stays. */
export function sanitizePauseLog(stored: unknown): PauseLogEntry[] {
  return findLines(stored, 0)
    .map(sanitizeLogEntry)
    .filter((entry) => entry !== null);
}

/**
 * What may be history lines in a stored value: the envelope's `entries`, a bare list, a single
 * line, or the values of an object that stands where a list should. Broken shapes are searched
 * this far and no further, so a note survives even a history that lost its list.
 */
function findLines(stored: unknown, depth: number): unknown[] {
  if (Array.isArray(stored)) return stored;
  if (!isRecord(stored) || depth > 2) return [];
  if ('entries' in stored) return findLines(stored.entries, depth + 1);
  if ('note' in stored || 'outcome' in stored) return [stored];
  return Object.values(stored).flatMap((value) =>
    isRecord(value) ? findLines(value, depth + 1) : [],
  );
}

/** The history with `added` at its end, the oldest lines without a note dropped beyond the limit. */
export function appendToLog(
  entries: readonly PauseLogEntry[],
  added: readonly PauseLogEntry[],
  limit: number = LOG_LIMIT,
): PauseLogEntry[] {
  const all = [...entries, ...added];
  let excess = all.filter((entry) => !hasNote(entry)).length - limit;
  if (excess <= 0) return all;
  return all.filter((entry) => hasNote(entry) || excess-- <= 0);
}

/** True for a line that holds the user's own words. */
export const hasNote = (entry: PauseLogEntry) => entry.outcome === 'taken' && entry.note !== '';

/** Adds lines to the history in one transaction, keeping every note. */
export async function appendPauseLog(
  added: readonly PauseLogEntry[],
  store: UseStore = getDatabase(),
): Promise<void> {
  if (added.length === 0) return;
  await update(
    PAUSE_LOG_KEY,
    (stored) => ({
      schemaVersion: PAUSE_STORE_SCHEMA_VERSION,
      entries: appendToLog(sanitizePauseLog(stored), added),
    }),
    store,
  );
}

/** The pause history, oldest first. */
export async function loadPauseLog(store: UseStore = getDatabase()): Promise<PauseLogEntry[]> {
  return sanitizePauseLog(await get(PAUSE_LOG_KEY, store));
}
