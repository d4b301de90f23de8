import fc from 'fast-check';
import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { messages as nl } from '@/assets/i18n/nl';
import {
  appendToLog,
  hasTaken,
  isOverNotesLimit,
  LOG_LIMIT,
  NOTES_LIMIT,
  normalizeNote,
  sanitizePauseLog,
} from '@/utils/core/pause-log';
import type { PauseLogEntry, PauseState } from '@/utils/core/pause-model';
import { describePauseStatus, getPauseStatus } from '@/utils/core/pause-status';
import { PAUSE_STORE_SCHEMA_VERSION, sanitizePauseState } from '@/utils/core/stored-pause-state';
import { commitPause, loadPauseLog, PAUSE_LOG_KEY } from '@/utils/store/pause-log-store';
import { loadPauseState, PAUSE_STATE_KEY } from '@/utils/store/pause-state-store';
import { nextOf, reasonOf } from '../helpers/pause';

/** Runs of each property over arbitrary stored data. */
const NUM_RUNS = 500;

const NOW_MS = Date.UTC(2026, 5, 1, 10);
const MINUTE_MS = 60_000;

let storeCount = 0;
/** A fresh database per test, so tests never see each other's data. */
const newStore = () => createStore(`pause-store-test-${++storeCount}`, 'keyval');

const STATE: PauseState = {
  phase: { kind: 'delivered', dueAtMs: NOW_MS - MINUTE_MS, cardId: 'quote-1' },
  anchorMs: NOW_MS - MINUTE_MS,
  idleSinceMs: null,
  plan: { atMs: NOW_MS + 29 * MINUTE_MS, reason: 'interval' },
};
const taken = (atMs: number, note: string): PauseLogEntry => ({
  outcome: 'taken',
  atMs,
  cardId: null,
  note,
});
const missed = (atMs: number): PauseLogEntry => ({ outcome: 'missed', atMs });

describe('sanitizePauseState', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'pause'],
    ['a bare state without its envelope', STATE],
    ['an envelope without a state', { schemaVersion: 1 }],
    ['an envelope with a list for a state', { schemaVersion: 1, state: [STATE] }],
  ])('reads %s as no state (the background starts afresh)', (_name, stored) => {
    expect(sanitizePauseState(stored, NOW_MS)).toBeNull();
  });

  it.each<[string, PauseState['phase']]>([
    ['waiting', { kind: 'waiting' }],
    ['delivered', { kind: 'delivered', dueAtMs: NOW_MS, cardId: 'q1' }],
    ['delivered, no card', { kind: 'delivered', dueAtMs: NOW_MS, cardId: null }],
    ['taking', { kind: 'taking', sinceMs: NOW_MS, cardId: 'q1' }],
    ['snoozed', { kind: 'snoozed', untilMs: NOW_MS + 5 * MINUTE_MS }],
    ['paused', { kind: 'paused', untilMs: NOW_MS + 60 * MINUTE_MS }],
  ])('keeps a valid %s state as it was', (_name, phase) => {
    const state = { ...STATE, phase };
    expect(sanitizePauseState({ schemaVersion: 1, state }, NOW_MS)).toEqual(state);
  });

  it.each([
    ['a phase of an unknown kind', { phase: { kind: 'sleeping' } }, { phase: { kind: 'waiting' } }],
    [
      'a delivered phase without its time',
      { phase: { kind: 'delivered', cardId: 'q1' } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a snooze with a negative end',
      { phase: { kind: 'snoozed', untilMs: -1 } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a card id that is not text',
      { phase: { kind: 'taking', sinceMs: NOW_MS, cardId: 7 } },
      { phase: { kind: 'taking', sinceMs: NOW_MS, cardId: null } },
    ],
    ['an anchor that is not a number', { anchorMs: '10:00' }, { anchorMs: NOW_MS }],
    ['an anchor that is NaN', { anchorMs: Number.NaN }, { anchorMs: NOW_MS }],
    ['an endless anchor', { anchorMs: Number.POSITIVE_INFINITY }, { anchorMs: NOW_MS }],
    ['an idle time in words', { idleSinceMs: 'a while' }, { idleSinceMs: null }],
    ['a plan in words', { plan: { atMs: 'soon', reason: 'interval' } }, { plan: null }],
    [
      'an unknown reason',
      { plan: { atMs: NOW_MS, reason: 'because' } },
      { plan: { atMs: NOW_MS, reason: 'interval' } },
    ],
    [
      'a plan kept as two fields, as before it was one',
      { plan: undefined, nextPauseAtMs: NOW_MS + MINUTE_MS, nextReason: 'windowOpens' },
      { plan: { atMs: NOW_MS + MINUTE_MS, reason: 'windowOpens' } },
    ],
  ])('repairs %s and keeps the rest', (_name, broken, repaired) => {
    const stored = { schemaVersion: 1, state: { ...STATE, ...broken } };
    expect(sanitizePauseState(stored, NOW_MS)).toEqual({ ...STATE, ...repaired });
  });

  it('makes a state of an empty record: waiting from now, no plan', () => {
    expect(sanitizePauseState({ state: {} }, NOW_MS)).toEqual({
      phase: { kind: 'waiting' },
      anchorMs: NOW_MS,
      idleSinceMs: null,
      plan: null,
    });
  });
});

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

describe('the pause store', () => {
  it('holds no state and no history at first', async () => {
    const store = newStore();
    expect(await loadPauseState(NOW_MS, store)).toBeNull();
    expect(await loadPauseLog(store)).toEqual([]);
  });

  it('keeps the state saved, under the schema version', async () => {
    const store = newStore();
    await commitPause(STATE, [], store);
    expect(await loadPauseState(NOW_MS, store)).toEqual(STATE);
    expect(await get(PAUSE_STATE_KEY, store)).toEqual({
      schemaVersion: PAUSE_STORE_SCHEMA_VERSION,
      state: STATE,
    });
  });

  it('reads a broken stored state as none, never throwing', async () => {
    const store = newStore();
    await set(PAUSE_STATE_KEY, 'not a state', store);
    expect(await loadPauseState(NOW_MS, store)).toBeNull();
  });

  it('appends to the history, oldest first, under the schema version', async () => {
    const store = newStore();
    await commitPause(null, [missed(1)], store);
    await commitPause(null, [taken(2, 'iets'), missed(3)], store);
    expect(await loadPauseLog(store)).toEqual([missed(1), taken(2, 'iets'), missed(3)]);
    expect(await get(PAUSE_LOG_KEY, store)).toEqual({
      schemaVersion: PAUSE_STORE_SCHEMA_VERSION,
      entries: [missed(1), taken(2, 'iets'), missed(3)],
    });
  });

  it('writes nothing when there is nothing to add', async () => {
    const store = newStore();
    await commitPause(null, [], store);
    expect(await get(PAUSE_LOG_KEY, store)).toBeUndefined();
  });

  it('keeps the notes of a broken history when it appends to it', async () => {
    const store = newStore();
    await set(
      PAUSE_LOG_KEY,
      { schemaVersion: 1, entries: [{ note: 'bewaard' }, 'junk', null] },
      store,
    );
    await commitPause(null, [missed(5)], store);
    expect(await loadPauseLog(store)).toEqual([taken(0, 'bewaard'), missed(5)]);
  });

  it('loses no line when two appends run at once', async () => {
    const store = newStore();
    await Promise.all([
      commitPause(null, [missed(1)], store),
      commitPause(null, [missed(2)], store),
    ]);
    expect((await loadPauseLog(store)).map((entry) => entry.atMs).sort()).toEqual([1, 2]);
  });
});

// Properties over anything that may be stored.

const PHASE_KINDS = ['waiting', 'delivered', 'taking', 'snoozed', 'paused'];
const REASONS = ['interval', 'snoozeEnds', 'windowOpens', 'dueNow', 'away', 'noActiveHours'];
const isTime = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A state the rest of the code can rely on: every field of the right kind. */
function expectValidState(state: PauseState): void {
  expect(PHASE_KINDS).toContain(state.phase.kind);
  const { phase } = state;
  if (phase.kind === 'delivered') expect(isTime(phase.dueAtMs)).toBe(true);
  if (phase.kind === 'taking') expect(isTime(phase.sinceMs)).toBe(true);
  if (phase.kind === 'snoozed' || phase.kind === 'paused') expect(isTime(phase.untilMs)).toBe(true);
  if (phase.kind === 'delivered' || phase.kind === 'taking') {
    expect(phase.cardId === null || typeof phase.cardId === 'string').toBe(true);
  }
  expect(isTime(state.anchorMs)).toBe(true);
  expect(state.idleSinceMs === null || isTime(state.idleSinceMs)).toBe(true);
  const atMs = nextOf(state);
  expect(atMs === null || isTime(atMs)).toBe(true);
  expect(REASONS).toContain(reasonOf(state));
}

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

/** Stored data that is almost right: the right keys, any values. */
const looseStateArb = fc.record(
  {
    phase: fc.oneof(
      fc.record(
        {
          kind: fc.constantFrom(...PHASE_KINDS, 'other'),
          dueAtMs: fc.anything(),
          sinceMs: fc.anything(),
          untilMs: fc.anything(),
          cardId: fc.anything(),
        },
        { requiredKeys: ['kind'] },
      ),
      fc.anything(),
    ),
    anchorMs: fc.oneof(fc.double(), fc.anything()),
    idleSinceMs: fc.oneof(fc.double(), fc.anything()),
    plan: fc.oneof(
      fc.record({
        atMs: fc.oneof(fc.double(), fc.constant(null), fc.anything()),
        reason: fc.oneof(fc.constantFrom(...REASONS), fc.anything()),
      }),
      fc.anything(),
    ),
    nextPauseAtMs: fc.oneof(fc.double(), fc.anything()),
    nextReason: fc.oneof(fc.constantFrom(...REASONS), fc.anything()),
  },
  { requiredKeys: [] },
);
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

describe('pause store properties', () => {
  it(`sanitizePauseState never throws and returns null or a valid state (${NUM_RUNS} runs each)`, () => {
    for (const storedArb of [
      fc.anything(),
      fc.jsonValue(),
      fc.record({ schemaVersion: fc.anything(), state: looseStateArb }),
    ]) {
      fc.assert(
        fc.property(storedArb, fc.nat(), (stored, nowMs) => {
          const state = sanitizePauseState(stored, nowMs);
          if (state !== null) expectValidState(state);
        }),
        { numRuns: NUM_RUNS },
      );
    }
  });

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

describe('times in the stored state, believed only within reason', () => {
  const YEAR_MS = 365 * 24 * 60 * MINUTE_MS;
  const storedWith = (state: Record<string, unknown>) => ({ schemaVersion: 1, state });
  const base = { phase: { kind: 'waiting' }, anchorMs: NOW_MS - MINUTE_MS, idleSinceMs: null };

  it.each<[string, Record<string, unknown>, Partial<PauseState>]>([
    ['an anchor past what a Date can hold', { anchorMs: 1e20 }, { anchorMs: NOW_MS }],
    [
      'an anchor a year ahead (a clock that ran fast)',
      { anchorMs: NOW_MS + YEAR_MS },
      { anchorMs: NOW_MS },
    ],
    [
      'reminders paused until 1e20',
      { phase: { kind: 'paused', untilMs: 1e20 } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'reminders paused for a year',
      { phase: { kind: 'paused', untilMs: NOW_MS + YEAR_MS } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a snooze until 9e15',
      { phase: { kind: 'snoozed', untilMs: 9e15 } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a snooze of an hour ("Later" is 15 minutes at most)',
      { phase: { kind: 'snoozed', untilMs: NOW_MS + 60 * MINUTE_MS } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'a pause announced tomorrow',
      { phase: { kind: 'delivered', dueAtMs: NOW_MS + 24 * 60 * MINUTE_MS, cardId: 'q' } },
      { phase: { kind: 'waiting' } },
    ],
    [
      'idle since next week',
      { idleSinceMs: NOW_MS + 7 * 24 * 60 * MINUTE_MS },
      { idleSinceMs: null },
    ],
    [
      'a next pause a year away',
      { plan: { atMs: NOW_MS + YEAR_MS, reason: 'interval' } },
      { plan: null },
    ],
    [
      '"no pause fits" with a time',
      { plan: { atMs: NOW_MS + MINUTE_MS, reason: 'noActiveHours' } },
      { plan: null },
    ],
  ])('%s', (_name, stored, expected) => {
    expect(sanitizePauseState(storedWith({ ...base, ...stored }), NOW_MS)).toMatchObject(expected);
  });

  it('keeps times that can be: paused until tomorrow, a snooze of 15 minutes, a plan for Monday', () => {
    const stored = storedWith({
      ...base,
      phase: { kind: 'paused', untilMs: NOW_MS + 3 * 24 * 60 * MINUTE_MS },
      plan: { atMs: NOW_MS + 3 * 24 * 60 * MINUTE_MS + 30 * MINUTE_MS, reason: 'interval' },
    });
    expect(sanitizePauseState(stored, NOW_MS)).toMatchObject({
      phase: { kind: 'paused', untilMs: NOW_MS + 3 * 24 * 60 * MINUTE_MS },
      plan: { atMs: NOW_MS + 3 * 24 * 60 * MINUTE_MS + 30 * MINUTE_MS },
    });
    const snoozed = storedWith({
      ...base,
      phase: { kind: 'snoozed', untilMs: NOW_MS + 15 * MINUTE_MS },
    });
    expect(sanitizePauseState(snoozed, NOW_MS)?.phase.kind).toBe('snoozed');
  });

  it(`gives a state whose status can always be said (${NUM_RUNS} runs)`, () => {
    const time = fc.oneof(
      fc.double({ noNaN: false }),
      fc.constantFrom(1e20, 9e15, -1, NOW_MS + 1e12, NOW_MS),
      fc.integer({ min: 0, max: 8.64e15 }),
    );
    const phase = fc.record({
      kind: fc.constantFrom('waiting', 'delivered', 'taking', 'snoozed', 'paused'),
      dueAtMs: time,
      sinceMs: time,
      untilMs: time,
    });
    fc.assert(
      fc.property(phase, time, time, time, (storedPhase, anchorMs, idleSinceMs, nextPauseAtMs) => {
        const state = sanitizePauseState(
          storedWith({ phase: storedPhase, anchorMs, idleSinceMs, nextPauseAtMs }),
          NOW_MS,
        );
        if (!state) throw new Error('a stored envelope with a state reads as one');
        const status = getPauseStatus(state, NOW_MS);
        if (status) describePauseStatus(status, nl, 'nl', NOW_MS);
        expect(state.anchorMs).toBeLessThanOrEqual(NOW_MS);
      }),
      { numRuns: NUM_RUNS },
    );
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
});

describe('one pause, one line', () => {
  type Taken = Extract<PauseLogEntry, { outcome: 'taken' }>;
  const takenAt = (atMs: number, note: string, startedAtMs: number): Taken => ({
    outcome: 'taken',
    atMs,
    cardId: 'quote-1',
    note,
    startedAtMs,
  });

  it('adds a pause already held (a retry) once, keeping its first time and card', () => {
    const first = takenAt(100, 'Ik durfde.', 50);
    const retry: PauseLogEntry = { ...takenAt(120, 'Ik durfde.', 50), cardId: null };
    expect(appendToLog([first], [retry])).toEqual([first]);
  });

  it('joins a note written on a second page of the same pause to the first', () => {
    const first = takenAt(100, 'Eerste pagina.', 50);
    expect(appendToLog([first], [takenAt(130, 'Tweede pagina.', 50)])).toEqual([
      { ...first, note: 'Eerste pagina.\n\nTweede pagina.' },
    ]);
    expect(appendToLog([takenAt(100, '', 50)], [takenAt(130, 'Toch iets.', 50)])).toEqual([
      takenAt(100, 'Toch iets.', 50),
    ]);
  });

  it('keeps two pauses that began at other times as two lines', () => {
    expect(appendToLog([takenAt(100, 'a', 50)], [takenAt(200, 'b', 150)])).toHaveLength(2);
    expect(hasTaken([takenAt(100, 'a', 50)], 50)).toBe(true);
    expect(hasTaken([takenAt(100, 'a', 50)], 150)).toBe(false);
    expect(hasTaken([taken(100, 'a')], null)).toBe(false);
  });

  it('stores the state and the history in one transaction: a retry adds nothing', async () => {
    const store = newStore();
    const line = takenAt(100, 'Eén keer.', 50);
    await commitPause(STATE, [line], store);
    await commitPause(STATE, [line], store);
    expect(await loadPauseLog(store)).toEqual([line]);
    expect(await loadPauseState(NOW_MS, store)).toEqual(STATE);
  });

  it('stores neither the state nor the line when the transaction fails', async () => {
    const store = newStore();
    await commitPause(STATE, [missed(1)], store);
    const broken = { ...STATE, phase: { kind: 'waiting' as const }, anchorMs: () => 0 };
    await expect(
      commitPause(broken as unknown as PauseState, [missed(2)], store),
    ).rejects.toThrow();
    expect(await loadPauseState(NOW_MS, store)).toEqual(STATE);
    expect(await loadPauseLog(store)).toEqual([missed(1)]);
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
