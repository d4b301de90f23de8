import type { Language } from './language';
import type { PauseLogEntry } from './pause-model';

// The journal ("Terugblik"): the pauses taken, with their cards and notes, read back newest first,
// by local calendar day. What it shows and how it finds things; the page draws it.

/** A pause taken: a line of the history the journal shows. */
export type TakenLine = Extract<PauseLogEntry, { outcome: 'taken' }>;

/** Which entries the journal shows: every pause taken, or only those with a note. */
export type JournalFilter = 'all' | 'notes';
export const JOURNAL_FILTERS: readonly JournalFilter[] = ['all', 'notes'];

/** How many entries the journal shows at first, and how many more each "older" adds. */
export const JOURNAL_PAGE_SIZE = 50;

/** One local calendar day of the journal, and its entries, newest first. */
export interface JournalDay {
  /** The day as "2026-12-01", in local time: a stable key. */
  dayKey: string;
  /** Noon of that day, in ms: a moment to say the day with, far from any clock change. */
  noonMs: number;
  entries: TakenLine[];
}

/** How text is compared in a search: letters without case or accents ("één" finds "een"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** True when every word of the query is in the note (folded); an empty query matches all. */
export function matchesQuery(note: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldForSearch(note);
  return words.every((word) => folded.includes(word));
}

/** The pauses taken that match the filter and the search, newest first. */
export function selectEntries(
  log: readonly PauseLogEntry[],
  filter: JournalFilter,
  query: string,
): TakenLine[] {
  const selected: TakenLine[] = [];
  for (let index = log.length - 1; index >= 0; index--) {
    const line = log[index];
    if (line?.outcome !== 'taken') continue;
    if (filter === 'notes' && line.note === '') continue;
    if (query.trim() !== '' && !matchesQuery(line.note, query)) continue;
    selected.push(line);
  }
  // The history is kept in the order lines were written; an import weaves older ones in by
  // time. Sorted by time here, so the newest is first whatever the order written.
  return selected.sort((a, b) => b.atMs - a.atMs);
}

/** A key per entry that an edit of its note keeps: when it began and ended, and which of equals. */
export function keyEntries(entries: readonly TakenLine[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((line) => {
    const base = `${line.startedAtMs ?? ''}-${line.atMs}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return `${base}-${count}`;
  });
}

/** The local calendar day of a moment, as "2026-12-01". */
export function toDayKey(atMs: number): string {
  const date = new Date(atMs);
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Entries (newest first) by local calendar day, the newest day first. */
export function groupByDay(entries: readonly TakenLine[]): JournalDay[] {
  const days: JournalDay[] = [];
  for (const entry of entries) {
    const dayKey = toDayKey(entry.atMs);
    const last = days[days.length - 1];
    if (last?.dayKey === dayKey) {
      last.entries.push(entry);
      continue;
    }
    const date = new Date(entry.atMs);
    const noonMs = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12).getTime();
    days.push({ dayKey, noonMs, entries: [entry] });
  }
  return days;
}

/** True when two history lines are the same line: the same fields, each the same value. */
export function isSameLine(a: PauseLogEntry, b: PauseLogEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The history with `line` (the first line equal to it) replaced by `next`, or null when the
 * history no longer holds it (another page changed or deleted it meanwhile).
 */
export function replaceLine(
  log: readonly PauseLogEntry[],
  line: PauseLogEntry,
  next: PauseLogEntry,
): PauseLogEntry[] | null {
  const index = log.findIndex((held) => isSameLine(held, line));
  if (index < 0) return null;
  const replaced = log.slice();
  replaced[index] = next;
  return replaced;
}

/** The history without `line` (the first line equal to it), or null when it holds none. */
export function removeLine(
  log: readonly PauseLogEntry[],
  line: PauseLogEntry,
): PauseLogEntry[] | null {
  const index = log.findIndex((held) => isSameLine(held, line));
  if (index < 0) return null;
  return [...log.slice(0, index), ...log.slice(index + 1)];
}

/** The history with `line` back in it, before the first line that came after it. */
export function restoreLine(log: readonly PauseLogEntry[], line: PauseLogEntry): PauseLogEntry[] {
  const index = log.findIndex((held) => held.atMs > line.atMs);
  if (index < 0) return [...log, line];
  return [...log.slice(0, index), line, ...log.slice(index)];
}

/**
 * A journal day in words: "Vandaag", "Gisteren", else "dinsdag 1 december", with the year when it
 * is not this year's.
 */
export function describeDay(
  noonMs: number,
  nowMs: number,
  language: Language,
  words: { today: string; yesterday: string },
): string {
  const dayKey = toDayKey(noonMs);
  if (dayKey === toDayKey(nowMs)) return words.today;
  const now = new Date(nowMs);
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12);
  if (dayKey === toDayKey(yesterday.getTime())) return words.yesterday;
  const isThisYear = new Date(noonMs).getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-US', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(isThisYear ? {} : { year: 'numeric' }),
  }).format(noonMs);
}

/** An entry's clock time: Dutch says 09:30, English 9:30 AM (as the popup says it). */
export function describeTime(atMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-US', {
    hour: language === 'nl' ? '2-digit' : 'numeric',
    minute: '2-digit',
  }).format(atMs);
}
