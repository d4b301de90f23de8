import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendToLog,
  getNoteRoom,
  isOverNotesLimit,
  JOINED_NOTE_MAX_CHARS,
  LOG_LIMIT,
  NOTE_MAX_CHARS,
  NOTES_LIMIT,
  normalizeNote,
  sanitizePauseLog,
} from '@/utils/core/pause-log';
import type { PauseLogEntry } from '@/utils/core/pause-model';

/** Runs of each property over arbitrary stored data. */
const NUM_RUNS = 500;

const MINUTE_MS = 60_000;

const taken = (atMs: number, note: string): PauseLogEntry => ({
  outcome: 'taken',
  atMs,
  cardId: null,
  note,
});
const missed = (atMs: number): PauseLogEntry => ({ outcome: 'missed', atMs });

describe('sanitizePauseLog', () => {
  const lines: PauseLogEntry[] = [
    taken(1, 'Ik mag twijfelen.'),
    missed(2),
    { outcome: 'natural-break', atMs: 3, awayMs: 10 * MINUTE_MS },
    { outcome: 'taken', atMs: 4, cardId: 'q1', note: '' },
  ];
  it.each([
    ['in its envelope', { schemaVersion: 1, entries: lines }],
    ['as a bare list', lines],
  ])('keeps valid lines %s', (_name, stored) => {
    expect(sanitizePauseLog(stored)).toEqual(lines);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'log'],
    ['an envelope without lines', { schemaVersion: 1 }],
  ])('reads %s as an empty history', (_name, stored) => {
    expect(sanitizePauseLog(stored)).toEqual([]);
  });

  it.each([
    ['junk lines go', [null, 7, 'x', [], { outcome: 'missed' }, { outcome: 'what', atMs: 1 }], []],
    [
      'a natural break without its length keeps 0',
      [{ outcome: 'natural-break', atMs: 5 }],
      [{ outcome: 'natural-break', atMs: 5, awayMs: 0 }],
    ],
    [
      'a note on a broken line stays, as a pause taken',
      [{ outcome: 'broken', note: 'Mijn woorden' }],
      [taken(0, 'Mijn woorden')],
    ],
    [
      'a note on a missed line stays',
      [{ outcome: 'missed', atMs: 9, note: 'toch' }],
      [taken(9, 'toch')],
    ],
    [
      'a note with a bad time stays, at time 0',
      [{ outcome: 'taken', atMs: 'gisteren', note: 'n' }],
      [taken(0, 'n')],
    ],
  ])('repairs line by line: %s', (_name, entries, expected) => {
    expect(sanitizePauseLog({ schemaVersion: 1, entries })).toEqual(expected);
  });

  it.each([
    ['a single line where the list should be', { schemaVersion: 1, entries: { note: 'Eén.' } }],
    ['a bare line', { outcome: 'taken', atMs: 0, note: 'Eén.' }],
    ['a list turned into an object', { schemaVersion: 1, entries: { 0: { note: 'Eén.' }, 1: 5 } }],
  ])('finds the note in %s', (_name, stored) => {
    expect(sanitizePauseLog(stored)).toEqual([taken(0, 'Eén.')]);
  });
});

describe('appendToLog', () => {
  it('adds the new lines at the end', () => {
    expect(appendToLog([missed(1)], [missed(2), taken(3, 'a')])).toEqual([
      missed(1),
      missed(2),
      taken(3, 'a'),
    ]);
  });

  it('drops the oldest lines without a note beyond the limit, and never a note', () => {
    const entries = [missed(1), taken(2, 'eerste'), missed(3), taken(4, ''), missed(5)];
    expect(appendToLog(entries, [missed(6), taken(7, 'tweede')], 2)).toEqual([
      taken(2, 'eerste'),
      missed(5),
      missed(6),
      taken(7, 'tweede'),
    ]);
  });

  it('keeps every note even when the notes alone pass the limit', () => {
    const notes = [taken(1, 'a'), taken(2, 'b'), taken(3, 'c')];
    expect(appendToLog(notes, [missed(4)], 1)).toEqual([...notes, missed(4)]);
    expect(appendToLog(notes, [], 0)).toEqual(notes);
  });

  it(`keeps ${LOG_LIMIT} lines without a note by default`, () => {
    const entries = Array.from({ length: LOG_LIMIT }, (_, index) => missed(index));
    const result = appendToLog(entries, [missed(LOG_LIMIT)]);
    expect(result).toHaveLength(LOG_LIMIT);
    expect(result[0]).toEqual(missed(1));
    expect(result.at(-1)).toEqual(missed(LOG_LIMIT));
  });
});

describe('the history, read whatever its size', () => {
  it('reads the lines of a sparse list of 2³² − 1 places without walking its holes', () => {
    const entries: unknown[] = [];
    entries.length = 2 ** 32 - 1;
    entries[10] = { outcome: 'taken', atMs: 5, cardId: null, note: 'Gebleven.' };
    entries[3_000_000_000] = { outcome: 'missed', atMs: 6 };
    expect(sanitizePauseLog({ schemaVersion: 1, entries })).toEqual([
      taken(5, 'Gebleven.'),
      missed(6),
    ]);
  });

  it('drops a time no Date can hold, and keeps the note of its line', () => {
    expect(
      sanitizePauseLog([
        { outcome: 'missed', atMs: 1e20 },
        { outcome: 'taken', atMs: 1e20, cardId: null, note: 'Blijft.' },
      ]),
    ).toEqual([taken(0, 'Blijft.')]);
  });

  it('drops the last time a Date holds, whose local day cannot be reckoned, and keeps the note', () => {
    expect(
      sanitizePauseLog([
        { outcome: 'missed', atMs: 8.64e15 },
        { outcome: 'taken', atMs: 8.64e15, cardId: null, note: 'Blijft.', startedAtMs: 8.64e15 },
      ]),
    ).toEqual([taken(0, 'Blijft.')]);
  });
});

describe('getNoteRoom', () => {
  it.each([
    ['an empty note', 0, NOTE_MAX_CHARS],
    ['a note of the longest a note is written', NOTE_MAX_CHARS, NOTE_MAX_CHARS],
    ['two notes of one pause joined', 3002, JOINED_NOTE_MAX_CHARS],
    ['three notes joined', 6004, 6004],
  ])('%s (%i characters): %i', (_name, stored, room) => {
    expect(getNoteRoom(stored)).toBe(room);
  });
});

describe('what a note may hold', () => {
  it('keeps what a person types, and leaves out invisible control characters', () => {
    expect(normalizeNote('Regel één\n\tmet tab\u0000\u0007 en \u001b[1m')).toBe(
      'Regel één\n\tmet tab en [1m',
    );
  });

  it('replaces a broken half of a character pair', () => {
    expect(normalizeNote('a\ud800b 🌱')).toBe('a\ufffdb 🌱');
  });

  it(`takes ${NOTES_LIMIT} notes, then refuses a new one rather than drop an old one`, () => {
    const notes = Array.from({ length: NOTES_LIMIT }, (_, index) => taken(index, `n${index}`));
    expect(isOverNotesLimit(notes.slice(1), [taken(1, 'nog een')])).toBe(false);
    expect(isOverNotesLimit(notes, [taken(NOTES_LIMIT, 'nog een')])).toBe(true);
    expect(isOverNotesLimit(notes, [missed(NOTES_LIMIT)])).toBe(false);
  });
});

// Properties over anything that may be stored.

const isTime = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A history line the rest of the code can rely on. */
function expectValidEntry(entry: PauseLogEntry): void {
  expect(isTime(entry.atMs)).toBe(true);
  if (entry.outcome === 'taken') {
    expect(typeof entry.note).toBe('string');
    expect(entry.cardId === null || typeof entry.cardId === 'string').toBe(true);
  } else if (entry.outcome === 'natural-break') {
    expect(isTime(entry.awayMs)).toBe(true);
  } else {
    expect(entry.outcome).toBe('missed');
  }
}
const looseEntryArb = fc.oneof(
  fc.record(
    {
      outcome: fc.oneof(fc.constantFrom('taken', 'missed', 'natural-break'), fc.anything()),
      atMs: fc.oneof(fc.double(), fc.nat(), fc.anything()),
      awayMs: fc.oneof(fc.nat(), fc.anything()),
      cardId: fc.oneof(fc.string(), fc.anything()),
      note: fc.oneof(fc.string(), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
/** The string notes of the stored lines, in order: the user's words, which must all survive. */
const notesOf = (entries: readonly unknown[]) =>
  entries.flatMap((entry) =>
    typeof entry === 'object' &&
    entry !== null &&
    !Array.isArray(entry) &&
    typeof (entry as { note?: unknown }).note === 'string' &&
    (entry as { note: string }).note !== ''
      ? [(entry as { note: string }).note]
      : [],
  );
const keptNotes = (entries: readonly PauseLogEntry[]) =>
  entries.flatMap((entry) => (entry.outcome === 'taken' && entry.note !== '' ? [entry.note] : []));

describe('pause log properties', () => {
  it(`sanitizePauseLog never throws and keeps only valid lines (${NUM_RUNS} runs each)`, () => {
    for (const storedArb of [
      fc.anything(),
      fc.jsonValue(),
      fc.record({ schemaVersion: fc.anything(), entries: fc.array(looseEntryArb) }),
    ]) {
      fc.assert(
        fc.property(storedArb, (stored) => {
          for (const entry of sanitizePauseLog(stored)) expectValidEntry(entry);
        }),
        { numRuns: NUM_RUNS },
      );
    }
  });

  it(`keeps every string note through sanitizePauseLog and appendToLog (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(looseEntryArb, { maxLength: 30 }),
        fc.array(looseEntryArb, { maxLength: 10 }),
        fc.nat(12),
        fc.boolean(),
        (storedEntries, addedEntries, limit, isEnveloped) => {
          const stored = isEnveloped ? { schemaVersion: 1, entries: storedEntries } : storedEntries;
          const entries = sanitizePauseLog(stored);
          expect(keptNotes(entries)).toEqual(notesOf(storedEntries));
          const added = sanitizePauseLog(addedEntries);
          const appended = appendToLog(entries, added, limit);
          expect(keptNotes(appended)).toEqual([
            ...notesOf(storedEntries),
            ...notesOf(addedEntries),
          ]);
          // Beyond the notes, at most `limit` lines, the newest ones, in order.
          const withoutNote = [...entries, ...added].filter((entry) => !keptNotes([entry]).length);
          expect(appended.filter((entry) => !keptNotes([entry]).length)).toEqual(
            withoutNote.slice(Math.max(0, withoutNote.length - limit)),
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
