import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { TakenLine } from '@/utils/core/journal';
import { appendToLog, hasTaken, NOTES_LIMIT } from '@/utils/core/pause-log';
import type { PauseLogEntry, PauseState } from '@/utils/core/pause-model';
import { PAUSE_STORE_SCHEMA_VERSION } from '@/utils/core/stored-pause-state';
import {
  commitPause,
  deleteLogLine,
  loadPauseLog,
  PAUSE_LOG_KEY,
  replaceLogLine,
  restoreLogLine,
} from '@/utils/store/pause-log-store';
import { loadPauseState, PAUSE_STATE_KEY } from '@/utils/store/pause-state-store';
import { importUserData } from '@/utils/store/user-data-store';
import { bytesOf, DATA, fileOf } from '../../helpers/export-data';

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
const taken = (atMs: number, note: string): TakenLine => ({
  outcome: 'taken',
  atMs,
  cardId: null,
  note,
});
const missed = (atMs: number): PauseLogEntry => ({ outcome: 'missed', atMs });

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

describe("the journal's changes to the history", () => {
  const first = taken(NOW_MS - 2 * MINUTE_MS, 'Eerste.');
  const second = taken(NOW_MS - MINUTE_MS, '');

  it('edits a note in one write, and the edit is kept', async () => {
    const store = newStore();
    await commitPause(null, [first, missed(NOW_MS - 90_000), second], store);
    const edited = { ...second, note: 'Toch iets opgeschreven.' };
    expect(await replaceLogLine(second, edited, store)).toEqual({ saved: edited });
    expect(await loadPauseLog(store)).toEqual([first, missed(NOW_MS - 90_000), edited]);
    // Saved again (a retry, the same words on two pages): it is there already.
    expect(await replaceLogLine(second, edited, store)).toEqual({ saved: edited });
    expect(await loadPauseLog(store)).toEqual([first, missed(NOW_MS - 90_000), edited]);
  });

  it('refuses an edit of a line another page changed with the line as it is, and changes nothing', async () => {
    const store = newStore();
    await commitPause(null, [first], store);
    const elsewhere = { ...first, note: 'Elders bewerkt.' };
    await replaceLogLine(first, elsewhere, store);
    expect(await replaceLogLine(first, { ...first, note: 'Hier.' }, store)).toEqual({
      refused: 'changed',
      current: elsewhere,
    });
    expect(await loadPauseLog(store)).toEqual([elsewhere]);
  });

  it('deletes a line, and puts it back in its place on undo', async () => {
    const store = newStore();
    await commitPause(null, [first, second], store);
    expect(await deleteLogLine(first, store)).toEqual({ saved: null });
    expect(await loadPauseLog(store)).toEqual([second]);
    // Gone already is done.
    expect(await deleteLogLine(first, store)).toEqual({ saved: null });
    expect(await replaceLogLine(first, { ...first, note: 'Te laat.' }, store)).toEqual({
      refused: 'gone',
    });
    expect(await restoreLogLine(first, store)).toEqual({ saved: first });
    expect(await loadPauseLog(store)).toEqual([first, second]);
  });

  it('deletes one of two equal lines only', async () => {
    const store = newStore();
    await commitPause(null, [first, { ...first }], store);
    await deleteLogLine(first, store);
    expect(await loadPauseLog(store)).toEqual([first]);
  });

  it('refuses a delete of a line changed meanwhile, with the line as it is', async () => {
    const store = newStore();
    await commitPause(null, [first], store);
    const elsewhere = { ...first, note: 'Nog niet weg.' };
    await replaceLogLine(first, elsewhere, store);
    expect(await deleteLogLine(first, store)).toEqual({ refused: 'changed', current: elsewhere });
    expect(await loadPauseLog(store)).toEqual([elsewhere]);
  });

  it('refuses an undo where the line is back changed, and adds no second one', async () => {
    const store = newStore();
    await commitPause(null, [first], store);
    await deleteLogLine(first, store);
    const back = { ...first, note: 'Weer terug, anders.' };
    await commitPause(null, [back], store);
    expect(await restoreLogLine(first, store)).toEqual({ refused: 'changed', current: back });
    expect(await loadPauseLog(store)).toEqual([back]);
  });

  it('refuses a new note past the limit, and keeps every old one', async () => {
    const store = newStore();
    const notes = Array.from({ length: NOTES_LIMIT }, (_, index) => taken(index + 1, `n${index}`));
    await set(
      PAUSE_LOG_KEY,
      { schemaVersion: PAUSE_STORE_SCHEMA_VERSION, entries: [...notes, second] },
      store,
    );
    expect(await replaceLogLine(second, { ...second, note: 'Nog één.' }, store)).toEqual({
      refused: 'notesFull',
    });
    // Editing a note that is already there is no new note.
    expect(await replaceLogLine(notes[0] as TakenLine, taken(1, 'anders'), store)).toEqual({
      saved: taken(1, 'anders'),
    });
    const kept = await loadPauseLog(store);
    expect(kept).toHaveLength(NOTES_LIMIT + 1);
    expect(kept[0]).toEqual(taken(1, 'anders'));
    expect(kept.at(-1)).toEqual(second);
    // Nor is putting back a line without a note; one with a note is refused.
    await deleteLogLine(second, store);
    expect(await restoreLogLine(second, store)).toEqual({ saved: second });
    await deleteLogLine(kept[0] as TakenLine, store);
    await replaceLogLine(second, { ...second, note: 'Nu wel.' }, store);
    expect(await restoreLogLine(kept[0] as TakenLine, store)).toEqual({ refused: 'notesFull' });
    expect(await loadPauseLog(store)).toHaveLength(NOTES_LIMIT);
    // A full history still says what became of a line: gone, or changed, not a lack of room.
    expect(await replaceLogLine(kept[0] as TakenLine, taken(1, 'weer'), store)).toEqual({
      refused: 'gone',
    });
    const seen = { ...second, note: 'Nu wel.' };
    const held = { ...second, note: '' };
    await replaceLogLine(seen, held, store);
    expect(await replaceLogLine(seen, { ...second, note: 'Hier.' }, store)).toEqual({
      refused: 'changed',
      current: held,
    });
  });
});

describe('an edit that meets another made meanwhile', () => {
  const STARTED_MS = NOW_MS - 3 * MINUTE_MS;
  const line: TakenLine = {
    ...taken(NOW_MS - MINUTE_MS, 'Eerste pagina.'),
    startedAtMs: STARTED_MS,
  };
  /** A note for the same pause, written on its second page and stored by the background. */
  const secondPage: TakenLine = {
    ...taken(NOW_MS, 'Tweede pagina.'),
    startedAtMs: STARTED_MS,
  };

  it('is refused with the joined line when the background joined a second note to it', async () => {
    const store = newStore();
    await commitPause(null, [line], store);
    const [base] = (await loadPauseLog(store)) as TakenLine[];
    await commitPause(null, [secondPage], store);
    const joined = { ...line, note: 'Eerste pagina.\n\nTweede pagina.' };
    expect(await loadPauseLog(store)).toEqual([joined]);
    expect(
      await replaceLogLine(base as TakenLine, { ...line, note: 'Herschreven.' }, store),
    ).toEqual({ refused: 'changed', current: joined });
    expect(await loadPauseLog(store)).toEqual([joined]);
    // Shown the joined line, the editor may write over it.
    const next = { ...joined, note: 'Herschreven, met beide.' };
    expect(await replaceLogLine(joined, next, store)).toEqual({ saved: next });
    expect(await loadPauseLog(store)).toEqual([next]);
  });

  it('in two tabs from the same line: the first lands, the second is refused with its words', async () => {
    const store = newStore();
    await commitPause(null, [line], store);
    const inTabA = { ...line, note: 'Uit tab A.' };
    const inTabB = { ...line, note: 'Uit tab B.' };
    expect(await replaceLogLine(line, inTabA, store)).toEqual({ saved: inTabA });
    expect(await replaceLogLine(line, inTabB, store)).toEqual({
      refused: 'changed',
      current: inTabA,
    });
    expect(await loadPauseLog(store)).toEqual([inTabA]);
  });

  it('in two tabs at once: one lands, the other is refused with what landed', async () => {
    const store = newStore();
    await commitPause(null, [line], store);
    const typed = ['Uit tab A.', 'Uit tab B.'].map((note) => ({ ...line, note }));
    const results = await Promise.all(typed.map((next) => replaceLogLine(line, next, store)));
    const stored = await loadPauseLog(store);
    expect(stored).toHaveLength(1);
    expect(results).toContainEqual({ saved: stored[0] });
    expect(results).toContainEqual({ refused: 'changed', current: stored[0] });
  });

  it('puts back a line an import brought back meanwhile only once', async () => {
    const store = newStore();
    await commitPause(null, [line, missed(NOW_MS + MINUTE_MS)], store);
    expect(await deleteLogLine(line, store)).toEqual({ saved: null });
    const file = fileOf({ ...DATA, pauseLog: [line], intentions: [], ownCards: [] });
    expect(await importUserData(bytesOf(file), store)).toMatchObject({ isValid: true });
    expect(await loadPauseLog(store)).toEqual([line, missed(NOW_MS + MINUTE_MS)]);
    expect(await restoreLogLine(line, store)).toEqual({ saved: line });
    expect(await loadPauseLog(store)).toEqual([line, missed(NOW_MS + MINUTE_MS)]);
  });
});
