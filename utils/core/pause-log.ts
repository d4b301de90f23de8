import type { PauseLogEntry } from './pause-model';
import { cardIdOf, PAUSE_STORE_SCHEMA_VERSION } from './stored-pause-state';
import { isRecord, isTime, listStoredItems } from './stored-values';

// The pause history: what became of each pause, with the user's notes. Its own modules, apart
// from the pause state, because the popup reads the state and never the history.

/**
 * How many history lines without a note are kept; the oldest go first. Lines with a note are the
 * user's own words and are never dropped.
 */
export const LOG_LIMIT = 5000;

/**
 * How many notes the history takes. Never reached in practice (years of a note at every pause);
 * it bounds the history, so that every export imports again. Past it, a new note is refused, not
 * an old one dropped.
 */
export const NOTES_LIMIT = 10_000;

/** How long a note may be when it is written, in characters: a few paragraphs. */
export const NOTE_MAX_CHARS = 2000;

/** How long the notes of two pages of one pause are once joined (with a blank line between). */
export const JOINED_NOTE_MAX_CHARS = 2 * NOTE_MAX_CHARS + 2;

/**
 * How long a note may be in its editor, given the longest version of it stored: one note's
 * length, or, for notes of two or more pages of one pause joined, room for two notes joined, and
 * never less than it holds. So a typo in a joined note is mended without cutting any words.
 */
export function getNoteRoom(storedChars: number): number {
  if (storedChars <= NOTE_MAX_CHARS) return NOTE_MAX_CHARS;
  return Math.max(JOINED_NOTE_MAX_CHARS, storedChars);
}

/** Stored lines read at the most: far beyond what is ever written, so only junk is cut short. */
const LINES_READ_MAX = 1_000_000;

/** One stored history line, or null when it is not one. A note is kept whatever else is wrong. */
export function sanitizeLogEntry(raw: unknown): PauseLogEntry | null {
  if (!isRecord(raw)) return null;
  const note = typeof raw.note === 'string' ? raw.note : '';
  const atMs = isTime(raw.atMs) ? raw.atMs : null;
  if (raw.outcome === 'taken' || note !== '') {
    return {
      outcome: 'taken',
      atMs: atMs ?? 0,
      cardId: cardIdOf(raw.cardId),
      note,
      ...(isTime(raw.startedAtMs) ? { startedAtMs: raw.startedAtMs } : {}),
    };
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
  const entries: PauseLogEntry[] = [];
  for (const line of findLines(stored, 0)) {
    const entry = sanitizeLogEntry(line);
    if (entry) entries.push(entry);
  }
  return entries;
}

/**
 * What may be history lines in a stored value: the envelope's `entries`, a bare list, a single
 * line, or the values of an object that stands where a list should. Broken shapes are searched
 * this far and no further, so a note survives even a history that lost its list.
 */
function findLines(stored: unknown, depth: number): unknown[] {
  if (Array.isArray(stored)) return listStoredItems(stored, LINES_READ_MAX);
  if (!isRecord(stored) || depth > 2) return [];
  if ('entries' in stored) return findLines(stored.entries, depth + 1);
  if ('note' in stored || 'outcome' in stored) return [stored];
  return Object.values(stored).flatMap((value) =>
    isRecord(value) ? findLines(value, depth + 1) : [],
  );
}

/** Where the history holds the pause that began at `startedAtMs`, or -1. */
function findTaken(entries: readonly PauseLogEntry[], startedAtMs: number): number {
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    if (entry?.outcome === 'taken' && entry.startedAtMs === startedAtMs) return index;
  }
  return -1;
}

/** True when the history already holds the pause that began at `startedAtMs`. */
export function hasTaken(entries: readonly PauseLogEntry[], startedAtMs: number | null): boolean {
  return startedAtMs !== null && findTaken(entries, startedAtMs) >= 0;
}

/** Two notes for one pause (two pages of it): both kept, the same words once. */
function joinNotes(first: string, second: string): string {
  if (second === '' || second === first) return first;
  return first === '' ? second : `${first}\n\n${second}`;
}

/**
 * The history with `added` at its end, the oldest lines without a note dropped beyond the limit.
 * A pause taken that the history already holds (named by when it began) is one line: its first
 * time and card stay, and a note written the second time joins the first.
 */
export function appendToLog(
  entries: readonly PauseLogEntry[],
  added: readonly PauseLogEntry[],
  limit: number = LOG_LIMIT,
): PauseLogEntry[] {
  const all = entries.slice();
  for (const line of added) {
    const index =
      line.outcome === 'taken' && line.startedAtMs !== undefined
        ? findTaken(all, line.startedAtMs)
        : -1;
    const held = all[index];
    if (held?.outcome === 'taken' && line.outcome === 'taken') {
      all[index] = { ...held, note: joinNotes(held.note, line.note) };
    } else all.push(line);
  }
  let excess = all.filter((entry) => !hasNote(entry)).length - limit;
  if (excess <= 0) return all;
  return all.filter((entry) => hasNote(entry) || excess-- <= 0);
}

/** True for a line that holds the user's own words. */
export const hasNote = (entry: PauseLogEntry) => entry.outcome === 'taken' && entry.note !== '';

/** True when adding `added` to the history would hold more notes than it takes. */
export function isOverNotesLimit(
  entries: readonly PauseLogEntry[],
  added: readonly PauseLogEntry[],
): boolean {
  const newNotes = appendToLog(entries, added).filter(hasNote).length;
  return newNotes > NOTES_LIMIT && newNotes > entries.filter(hasNote).length;
}

/**
 * A note as it is kept: the characters a person types, with invisible control characters (other
 * than tabs and line breaks) left out, and any broken half of a character pair replaced.
 */
export function normalizeNote(note: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  return note.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').toWellFormed();
}

/** The pause history as it is stored: in an envelope with its schema version. */
export function toStoredLog(entries: readonly PauseLogEntry[]) {
  return { schemaVersion: PAUSE_STORE_SCHEMA_VERSION, entries };
}
