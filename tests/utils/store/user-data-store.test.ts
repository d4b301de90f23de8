import fc from 'fast-check';
import { clear, createStore, entries, set, setMany, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { parseExport } from '@/utils/core/export-checks';
import {
  EXPORT_FORMAT,
  IMPORT_MAX_BYTES,
  mergeIntentions,
  mergeLogs,
  mergeOwnCards,
  serializeExport,
  type UserData,
} from '@/utils/core/export-file';
import {
  ANSWER_MAX_CHARS,
  INTENTIONS_LIMIT,
  type Intention,
  STEP_TEXT_MAX_CHARS,
  WORDS_MAX_CHARS,
} from '@/utils/core/intentions';
import type { OwnCard } from '@/utils/core/own-cards';
import { LOG_LIMIT, NOTE_MAX_CHARS, NOTES_LIMIT } from '@/utils/core/pause-log';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import {
  CARD_KINDS,
  CARD_SOURCES,
  DEFAULT_PREFERENCES,
  DELIVERY_MODES,
  LANGUAGE_PREFERENCES,
  type Preferences,
  WEEKDAYS,
} from '@/utils/core/preferences';
import { MAX_STORED_IDS } from '@/utils/core/shuffle-bag';
import { PAUSE_LOG_KEY } from '@/utils/store/pause-log-store';
import { loadPreferences, savePreferences } from '@/utils/store/preferences-store';
import {
  deleteAllData,
  importUserData,
  loadUserData,
  resetPreferences,
} from '@/utils/store/user-data-store';
import { bytesOf, DATA, encode, fileOf, missed, NOW, taken } from '../../helpers/export-data';

/** Runs of each property. */
const NUM_RUNS = 300;

/**
 * For the test that builds and reads the largest file an export can write (about 144 MB of
 * text): how long that takes depends on the machine and how busy it is, so it gets all the time
 * it needs, far beyond the default 5 s. What it checks is sizes, never time.
 */
const HEAVY_TEST_TIMEOUT_MS = 300_000;

let storeCount = 0;
/** A fresh database per test, so tests never see each other's data. */
const newStore = () => createStore(`user-data-test-${++storeCount}`, 'keyval');

/** Everything in a store, key by key: what "changes nothing" is checked against. */
const snapshot = async (store: UseStore) =>
  (await entries(store)).sort(([a], [b]) => String(a).localeCompare(String(b)));

async function storeWith(data: UserData): Promise<UseStore> {
  const store = newStore();
  await importUserData(encode(serializeExport(data, NOW)), store);
  return store;
}

describe('importing into the store', () => {
  it('round-trips: export, import into an empty store, export again gives the same file', async () => {
    const store = await storeWith(DATA);
    expect(await loadUserData(store)).toEqual(DATA);
    expect(serializeExport(await loadUserData(store), NOW)).toBe(serializeExport(DATA, NOW));
  });

  it('changes nothing when a file is refused, and says why', async () => {
    const store = await storeWith(DATA);
    const before = await snapshot(store);
    const file = fileOf({ ...DATA, hiddenCardIds: [] });
    (file.preferences as Record<string, unknown>).intervalMinutes = 999;
    expect(await importUserData(bytesOf(file), store)).toEqual({
      isValid: false,
      problems: [{ code: 'badField', field: 'intervalMinutes' }],
    });
    expect(await snapshot(store)).toEqual(before);
  });

  it('replaces the preferences and hidden cards, and adds the history to the one here', async () => {
    const store = await storeWith({
      preferences: DEFAULT_PREFERENCES,
      hiddenCardIds: ['step-1'],
      pauseLog: [missed(500), taken(2500, 'Geschreven na de export.')],
      intentions: [],
      ownCards: [],
    });
    const result = await importUserData(encode(serializeExport(DATA, NOW)), store);
    const expected: UserData = {
      ...DATA,
      pauseLog: [
        missed(500),
        missed(1000),
        DATA.pauseLog[1] as PauseLogEntry,
        taken(2500, 'Geschreven na de export.'),
        ...DATA.pauseLog.slice(2),
      ],
    };
    expect(result).toEqual({ isValid: true, data: expected });
    expect(await loadUserData(store)).toEqual(expected);
  });

  it('adds nothing when the same file comes twice', async () => {
    const store = await storeWith(DATA);
    const before = await snapshot(store);
    await importUserData(encode(serializeExport(DATA, NOW)), store);
    expect(await snapshot(store)).toEqual(before);
  });

  it('reads junk in the store as the nearest valid data, and never drops a note', async () => {
    const store = newStore();
    await set('preferences', 'junk', store);
    await set('deck-hidden-card-ids', { not: 'a list' }, store);
    await set(PAUSE_LOG_KEY, [null, 7, { note: 'Mijn woorden.' }, missed(9)], store);
    expect(await loadUserData(store)).toEqual({
      preferences: DEFAULT_PREFERENCES,
      hiddenCardIds: [],
      pauseLog: [taken(0, 'Mijn woorden.', null), missed(9)],
      intentions: [],
      ownCards: [],
    });
  });
});

describe('importing small steps', () => {
  it("keeps the steps here, adds the file's new ones, and adds nothing the second time", async () => {
    const [first, second] = DATA.intentions as [Intention, Intention];
    const chosenHere: Intention = { ...first, id: 'step-here', committedAtMs: 3000 };
    const store = await storeWith({
      ...DATA,
      intentions: [{ ...second, words: 'hier bewerkt' }, chosenHere],
    });
    const file = encode(serializeExport(DATA, NOW));
    await importUserData(file, store);
    await importUserData(file, store);
    expect((await loadUserData(store)).intentions).toEqual([
      first,
      chosenHere,
      { ...second, words: 'hier bewerkt' },
    ]);
  });

  it('brings in the answers of a step followed up in the file that is still open here', async () => {
    const [done, open] = DATA.intentions as [Intention, Intention];
    const openHere: Intention = {
      id: done.id,
      cardId: done.cardId,
      stepText: done.stepText,
      words: done.words,
      committedAtMs: done.committedAtMs,
      lookBackAtMs: done.lookBackAtMs,
      status: 'open',
    };
    const store = await storeWith({ ...DATA, intentions: [openHere, open] });
    expect((await importUserData(encode(serializeExport(DATA, NOW)), store)).isValid).toBe(true);
    expect((await loadUserData(store)).intentions).toEqual([done, open]);
  });

  it('imports a file of version 2, with no steps, and keeps the steps here', async () => {
    const store = await storeWith(DATA);
    const file: Record<string, unknown> = {
      ...fileOf({ ...DATA, intentions: [] }),
      formatVersion: 2,
    };
    delete file.intentions;
    expect((await importUserData(bytesOf(file), store)).isValid).toBe(true);
    expect((await loadUserData(store)).intentions).toEqual(DATA.intentions);
  });
});

describe('deleting and resetting', () => {
  it('adds the own cards of a file to those here, by id, without doubling any', async () => {
    const writtenHere: OwnCard = {
      id: 'own-here',
      kind: 'question',
      text: 'Waar voel ik het?',
      writtenAtMs: 5000,
    };
    const [first] = DATA.ownCards as [OwnCard];
    const store = await storeWith({
      ...DATA,
      ownCards: [{ ...first, writtenAtMs: 9 }, writtenHere],
    });
    await importUserData(encode(serializeExport(DATA, NOW)), store);
    await importUserData(encode(serializeExport(DATA, NOW)), store);
    expect((await loadUserData(store)).ownCards).toEqual([
      { ...first, writtenAtMs: 9 },
      writtenHere,
      ...DATA.ownCards.slice(1),
    ]);
  });

  it('deletes everything, the working state too', async () => {
    const store = await storeWith(DATA);
    await set('deck-bag', { remaining: ['quote-1'] }, store);
    await deleteAllData(store);
    expect(await entries(store)).toEqual([]);
  });

  it('resets the preferences only: hidden cards and history stay', async () => {
    const store = await storeWith(DATA);
    expect(await resetPreferences(store)).toEqual(DEFAULT_PREFERENCES);
    expect(await loadUserData(store)).toEqual({ ...DATA, preferences: DEFAULT_PREFERENCES });
  });
});

// Arbitrary valid user data: every preference within its rules, ids and lines as stored.
const preferencesArb: fc.Arbitrary<Preferences> = fc.record({
  intervalMinutes: fc.integer({ min: 5, max: 240 }),
  language: fc.constantFrom(...LANGUAGE_PREFERENCES),
  enabledKinds: fc.subarray([...CARD_KINDS], { minLength: 1 }),
  pauseSeconds: fc.integer({ min: 30, max: 600 }),
  activeDays: fc
    .subarray([...WEEKDAYS], { minLength: 1 })
    .map((days) => [...days].sort((a, b) => a - b)),
  activeStartMinute: fc.integer({ min: 0, max: 1439 }),
  activeEndMinute: fc.integer({ min: 0, max: 1439 }),
  naturalBreakMinutes: fc.integer({ min: 1, max: 60 }),
  deliveryMode: fc.constantFrom(...DELIVERY_MODES),
  soundEnabled: fc.boolean(),
  waitWhileBusy: fc.boolean(),
  waitWhileSound: fc.boolean(),
  cardInNotification: fc.boolean(),
  cardSource: fc.constantFrom(...CARD_SOURCES),
});
const timeArb = fc.integer({ min: 0, max: 4_000_000_000_000 });
const entryArb: fc.Arbitrary<PauseLogEntry> = fc.oneof(
  fc.record({
    outcome: fc.constant('taken' as const),
    atMs: timeArb,
    cardId: fc.option(fc.string(), { nil: null }),
    note: fc.string({ unit: 'binary' }),
  }),
  fc.record({ outcome: fc.constant('missed' as const), atMs: timeArb }),
  fc.record({ outcome: fc.constant('natural-break' as const), atMs: timeArb, awayMs: timeArb }),
);
const answersArb = fc.record({
  felt: fc.string({ unit: 'binary' }),
  reactions: fc.string({ unit: 'binary' }),
  innerSteps: fc.string({ unit: 'binary' }),
});
const intentionArb: fc.Arbitrary<Intention> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 100 }),
    cardId: fc.option(fc.string({ minLength: 1 }), { nil: null }),
    stepText: fc.string({ unit: 'binary', maxLength: STEP_TEXT_MAX_CHARS }),
    words: fc.string({ unit: 'binary' }),
    committedAtMs: timeArb,
    lookBackAtMs: timeArb,
    answeredAtMs: timeArb,
    status: fc.constantFrom('open' as const, 'done' as const, 'let-go' as const),
    answers: answersArb,
  })
  // As the store keeps them: a step with answers is done.
  .map(({ status, answeredAtMs, answers, ...base }): Intention => {
    const hasAnswers = Object.values(answers).some((answer) => answer !== '');
    if (status === 'done' || hasAnswers) return { ...base, status: 'done', answeredAtMs, answers };
    if (status === 'let-go') return { ...base, status, answeredAtMs };
    return { ...base, status: 'open' };
  });
// Own cards as the store keeps them: words trimmed and not empty.
const ownWordsArb = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((words) => words.trim())
  .filter((words) => words !== '');
const ownCardArb: fc.Arbitrary<OwnCard> = fc.oneof(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 10 }).map((id) => `own-${id}`),
    kind: fc.constantFrom('quote' as const, 'question' as const, 'step' as const),
    text: ownWordsArb,
    writtenAtMs: fc.nat(),
  }),
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 10 }).map((id) => `own-${id}`),
    kind: fc.constant('reframe' as const),
    thought: ownWordsArb,
    reframe: ownWordsArb,
    writtenAtMs: fc.nat(),
  }),
);
const userDataArb: fc.Arbitrary<UserData> = fc.record({
  preferences: preferencesArb,
  hiddenCardIds: fc.uniqueArray(fc.string({ minLength: 1 })),
  pauseLog: fc.array(entryArb, { maxLength: 20 }),
  intentions: fc
    .uniqueArray(intentionArb, { maxLength: 5, selector: (intention) => intention.id })
    .map((intentions) => intentions.sort((a, b) => a.committedAtMs - b.committedAtMs)),
  ownCards: fc.uniqueArray(ownCardArb, { maxLength: 5, selector: (card) => card.id }),
});

/** A valid file with one of its values, at any depth, replaced by arbitrary JSON. */
const spoiledFileArb = fc
  .tuple(userDataArb, fc.jsonValue(), fc.nat(), fc.nat())
  .map(([data, junk, pickPath, pickKey]) => {
    const file = fileOf(data);
    // Walk down a path chosen by the numbers, then put the junk there.
    let node: Record<string, unknown> | unknown[] = file;
    let key: string | number = 'preferences';
    for (let depth = 0, pick = pickPath; depth < 3; depth++, pick = Math.floor(pick / 7)) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      key = keys[pick % keys.length] as string;
      const child = (node as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null || pickKey % (depth + 2) === 0) break;
      node = child as Record<string, unknown>;
    }
    (node as Record<string, unknown>)[key] = junk;
    return encode(JSON.stringify(file));
  });

describe('properties', () => {
  it(`export then import is lossless for any valid data (${NUM_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(userDataArb, async (data) => {
        const parsed = parseExport(encode(serializeExport(data, NOW)));
        expect(parsed).toEqual({ isValid: true, data });
        const store = await storeWith(data);
        expect(await loadUserData(store)).toEqual({
          ...data,
          pauseLog: mergeLogs([], data.pauseLog),
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it(`an import changes the store only when the file is valid (${NUM_RUNS} runs each)`, async () => {
    const store = await storeWith(DATA);
    let validCount = 0;
    for (const bytesArb of [
      fc.uint8Array({ maxLength: 200 }),
      fc.jsonValue().map((value) => encode(JSON.stringify(value))),
      fc
        .dictionary(fc.string(), fc.jsonValue())
        .map((value) =>
          encode(JSON.stringify({ ...value, format: EXPORT_FORMAT, formatVersion: 1 })),
        ),
      spoiledFileArb,
    ]) {
      await fc.assert(
        fc.asyncProperty(bytesArb, async (bytes) => {
          const before = await snapshot(store);
          const expected = parseExport(bytes);
          const result = await importUserData(bytes, store);
          if (!result.isValid) {
            expect(expected.isValid).toBe(false);
            expect(result.problems.length).toBeGreaterThan(0);
            expect(await snapshot(store)).toEqual(before);
            return;
          }
          // A valid file: exactly what it says (up to the order of days and kinds) is imported,
          // its preferences and hidden cards in place of these, its history lines added.
          if (!expected.isValid) throw new Error('import and parse disagree');
          const file = JSON.parse(new TextDecoder().decode(bytes));
          expect(expected.data).toEqual({
            preferences: {
              ...file.preferences,
              activeDays: [...file.preferences.activeDays].sort(),
              enabledKinds: CARD_KINDS.filter((kind) =>
                file.preferences.enabledKinds.includes(kind),
              ),
            },
            hiddenCardIds: file.hiddenCardIds,
            pauseLog: file.pauseLog,
            // Files from before the small steps, or the own cards, hold none.
            intentions: file.intentions ?? [],
            ownCards: file.ownCards ?? [],
          });
          const here = await loadUserDataOf(before);
          const history = mergeLogs(here.pauseLog, expected.data.pauseLog);
          const intentions = mergeIntentions(here.intentions, expected.data.intentions);
          const ownCards = mergeOwnCards(here.ownCards, expected.data.ownCards);
          expect(await loadUserData(store)).toEqual({
            ...expected.data,
            pauseLog: history,
            intentions,
            ownCards,
          });
          validCount++;
          await restore(store, before);
        }),
        { numRuns: NUM_RUNS },
      );
    }
    // Some spoiled files are still valid (junk that happens to fit): both outcomes are tested.
    expect(validCount).toBeGreaterThan(0);
  });

  it(`loading any JSON in the store gives valid preferences and never throws (${NUM_RUNS} runs each)`, async () => {
    const store = newStore();
    for (const storedArb of [
      fc.jsonValue(),
      fc.anything(),
      fc.record({ schemaVersion: fc.anything(), preferences: fc.jsonValue() }),
      fc.record({
        schemaVersion: fc.integer({ min: -2, max: 5 }),
        preferences: fc.dictionary(
          fc.constantFrom(...Object.keys(DEFAULT_PREFERENCES), 'other'),
          fc.jsonValue(),
        ),
      }),
    ]) {
      await fc.assert(
        fc.asyncProperty(storedArb, async (stored) => {
          await set('preferences', stored, store);
          const { preferences } = await loadPreferences(store);
          // Valid means: saving and loading it again repairs nothing and changes nothing.
          const check = newStore();
          await savePreferences(preferences, check);
          expect(await loadPreferences(check)).toEqual({ preferences, repairedFields: [] });
          expect(Object.keys(preferences).sort()).toEqual(Object.keys(DEFAULT_PREFERENCES).sort());
        }),
        { numRuns: NUM_RUNS },
      );
    }
  });
});

/** Puts a store back to a snapshot. */
async function restore(store: UseStore, snapshotEntries: [IDBValidKey, unknown][]) {
  await clear(store);
  await setMany(snapshotEntries, store);
}

/** The user data a snapshot of the store holds. */
async function loadUserDataOf(snapshotEntries: [IDBValidKey, unknown][]): Promise<UserData> {
  const store = newStore();
  await setMany(snapshotEntries, store);
  return loadUserData(store);
}

describe('every file an export writes imports again', () => {
  /** A history line nested `depth` levels deep, as text: no JSON.stringify can build it. */
  const deepLine = (depth: number) =>
    `{"outcome":"taken","atMs":1,"cardId":null,"note":"x","deep":${'['.repeat(depth)}${']'.repeat(depth)}}`;

  it('refuses a history line nested 10,000 levels deep, without throwing', () => {
    const file = serializeExport({ ...DATA, pauseLog: [] }, NOW).replace(
      '"pauseLog": []',
      `"pauseLog": [${deepLine(10_000)}]`,
    );
    expect(parseExport(encode(file))).toEqual({
      isValid: false,
      problems: [{ code: 'badLogEntry', index: 0 }],
    });
  });

  it('refuses nesting deeper than the parser goes, as a file that is not an export', () => {
    const parsed = parseExport(encode(`{"pauseLog":${'['.repeat(2_000_000)}`));
    expect(parsed.isValid).toBe(false);
  });

  it('adds 130,000 new history lines without running out of stack', () => {
    const added = Array.from({ length: 130_000 }, (_, index) => missed(index));
    const merged = mergeLogs([], added);
    expect(merged).toHaveLength(LOG_LIMIT);
    expect(merged.at(-1)).toEqual(missed(129_999));
  });

  it('refuses a file that would take the history past the notes it holds, and changes nothing', async () => {
    const store = await storeWith(DATA);
    const before = await snapshot(store);
    const notes = Array.from({ length: NOTES_LIMIT + 1 }, (_, index) => taken(index, `n${index}`));
    const result = await importUserData(
      encode(serializeExport({ ...DATA, pauseLog: notes }, NOW)),
      store,
    );
    expect(result).toEqual({ isValid: false, problems: [{ code: 'historyFull' }] });
    expect(await snapshot(store)).toEqual(before);
  });

  it('writes one history line to a line of text', () => {
    const lines = serializeExport(DATA, NOW)
      .split('\n')
      .map((line) => line.trim().replace(/,$/, ''));
    for (const entry of DATA.pauseLog) expect(lines).toContain(JSON.stringify(entry));
  });

  it(
    'fits the largest history and the most small steps the store takes in an import, however they are written',
    () => {
      // 5,000 lines without a note, and 10,000 notes of the longest a note may be, each character
      // one that JSON writes as a six-byte escape: the most bytes a store can export.
      const worstNote = '\u0001'.repeat(NOTE_MAX_CHARS);
      const log: PauseLogEntry[] = [
        ...Array.from({ length: LOG_LIMIT }, (_, index) => ({
          outcome: 'natural-break' as const,
          atMs: 1_800_000_000_000 + index,
          awayMs: 1_800_000_000_000,
        })),
        ...Array.from({ length: NOTES_LIMIT }, (_, index) => ({
          outcome: 'taken' as const,
          atMs: 1_800_000_000_000 + index,
          cardId: 'reframe-10',
          note: worstNote,
          startedAtMs: 1_800_000_000_000 + index,
        })),
      ];
      const hiddenCardIds = Array.from({ length: MAX_STORED_IDS }, (_, index) =>
        `${index}`.padStart(200, '\u0001'),
      );
      const worstAnswer = '\u0001'.repeat(ANSWER_MAX_CHARS);
      const intentions: Intention[] = Array.from({ length: INTENTIONS_LIMIT }, (_, index) => ({
        id: `${index}`.padStart(100, '\u0001'),
        cardId: 'step-start-small'.padEnd(100, '\u0001'),
        stepText: '\u0001'.repeat(STEP_TEXT_MAX_CHARS),
        words: '\u0001'.repeat(WORDS_MAX_CHARS),
        committedAtMs: 1_800_000_000_000 + index,
        lookBackAtMs: 1_800_000_000_000 + index,
        status: 'done',
        answeredAtMs: 1_800_000_000_000 + index,
        answers: { felt: worstAnswer, reactions: worstAnswer, innerSteps: worstAnswer },
      }));
      const bytes = encode(
        serializeExport({ ...DATA, hiddenCardIds, pauseLog: log, intentions }, NOW),
      );
      expect(bytes.byteLength).toBeGreaterThan(130 * 1024 * 1024);
      expect(bytes.byteLength).toBeLessThanOrEqual(IMPORT_MAX_BYTES);
      const parsed = parseExport(bytes);
      expect(parsed.isValid).toBe(true);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );

  it('round-trips a large history with long notes: export, import into an empty store, export', async () => {
    const notes = Array.from({ length: 3 }, (_, index) =>
      taken(index, '€ '.repeat(NOTE_MAX_CHARS / 2)),
    );
    const data = { ...DATA, pauseLog: [...DATA.pauseLog, ...notes] };
    const store = newStore();
    const file = encode(serializeExport(data, NOW));
    expect((await importUserData(file, store)).isValid).toBe(true);
    expect(serializeExport(await loadUserData(store), NOW)).toBe(serializeExport(data, NOW));
  });
});
