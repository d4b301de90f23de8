import { isSameVersion } from './edit';
import { ANSWER_FIELDS, type Intention } from './intentions';
import type { Language } from './language';
import type { PauseLogEntry } from './pause-model';

// The journal ("Terugblik"): the pauses taken, with their cards and notes, and the small steps
// chosen with their follow-ups, read back newest first, by local calendar day. What it shows and
// how it finds things; the page draws it.

/** A pause taken: a line of the history the journal shows. */
export type TakenLine = Extract<PauseLogEntry, { outcome: 'taken' }>;

/** Which entries the journal shows: all of them, the pauses with a note, or the small steps. */
export type JournalFilter = 'all' | 'notes' | 'steps';
export const JOURNAL_FILTERS: readonly JournalFilter[] = ['all', 'notes', 'steps'];

/**
 * One entry of the journal: a pause taken, or a small step, at the moment it was last answered
 * (its follow-up) or, while open, chosen.
 */
export type JournalItem =
  | { kind: 'pause'; atMs: number; line: TakenLine }
  | { kind: 'step'; atMs: number; intention: Intention };

/** How many entries the journal shows at first, and how many more each "older" adds. */
export const JOURNAL_PAGE_SIZE = 50;

/** One local calendar day of the journal, and its entries, newest first. */
export interface JournalDay {
  /** The day as "2026-12-01", in local time: a stable key. */
  dayKey: string;
  /** Noon of that day, in ms: a moment to say the day with, far from any clock change. */
  noonMs: number;
  entries: JournalItem[];
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

/** The words of a step the search reads: the user's own, and their answers. */
function stepWords(intention: Intention): string {
  if (intention.status !== 'done') return intention.words;
  return [intention.words, ...ANSWER_FIELDS.map((field) => intention.answers[field])].join('\n');
}

/** When a step stands in the journal: its follow-up answered, or else when it was chosen. */
export function stepAtMs(intention: Intention): number {
  return intention.status === 'open' ? intention.committedAtMs : intention.answeredAtMs;
}

/** The entries that match the filter and the search, newest first. */
export function selectItems(
  log: readonly PauseLogEntry[],
  intentions: readonly Intention[],
  filter: JournalFilter,
  query: string,
): JournalItem[] {
  const isSearching = query.trim() !== '';
  const selected: JournalItem[] = [];
  if (filter !== 'steps') {
    for (const line of log) {
      if (line.outcome !== 'taken') continue;
      if (filter === 'notes' && line.note === '') continue;
      if (isSearching && !matchesQuery(line.note, query)) continue;
      selected.push({ kind: 'pause', atMs: line.atMs, line });
    }
  }
  if (filter !== 'notes') {
    for (const intention of intentions) {
      if (isSearching && !matchesQuery(stepWords(intention), query)) continue;
      selected.push({ kind: 'step', atMs: stepAtMs(intention), intention });
    }
  }
  // The history is kept in the order lines were written; an import weaves older ones in by
  // time. Sorted by time here (stably), so the newest is first whatever the order written.
  return selected.reverse().sort((a, b) => b.atMs - a.atMs);
}

/**
 * A key per entry that an edit keeps: a pause by when it began and ended (and which of equals), a
 * step by its id.
 */
export function keyItems(items: readonly JournalItem[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    if (item.kind === 'step') return `step-${item.intention.id}`;
    const base = `${item.line.startedAtMs ?? ''}-${item.line.atMs}`;
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
export function groupByDay(entries: readonly JournalItem[]): JournalDay[] {
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

/**
 * Where the history holds the pause `line` names, or -1: a pause taken keeps when it began and
 * ended through every edit, and through a second note joined to it. Of two alike, the one the
 * same as `line` in every field; else the first.
 */
export function findPauseLine(log: readonly PauseLogEntry[], line: TakenLine): number {
  let found = -1;
  for (const [index, held] of log.entries()) {
    if (held.outcome !== 'taken' || held.atMs !== line.atMs) continue;
    if (held.startedAtMs !== line.startedAtMs) continue;
    if (isSameVersion(held, line)) return index;
    if (found < 0) found = index;
  }
  return found;
}

/** The history with `line` back in it, before the first line that came after it. */
export function restoreLine(log: readonly PauseLogEntry[], line: PauseLogEntry): PauseLogEntry[] {
  const index = log.findIndex((held) => held.atMs > line.atMs);
  if (index < 0) return [...log, line];
  return [...log.slice(0, index), line, ...log.slice(index)];
}

/**
 * A journal day in words: "Vandaag", "Gisteren", "Morgen" (for a step's look-back), else "dinsdag 1 december", with the year when it
 * is not this year's.
 */
export function describeDay(
  noonMs: number,
  nowMs: number,
  language: Language,
  words: { today: string; yesterday: string; tomorrow: string },
): string {
  const dayKey = toDayKey(noonMs);
  if (dayKey === toDayKey(nowMs)) return words.today;
  const now = new Date(nowMs);
  const nearby = (offset: number) =>
    toDayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12).getTime());
  if (dayKey === nearby(-1)) return words.yesterday;
  if (dayKey === nearby(1)) return words.tomorrow;
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
