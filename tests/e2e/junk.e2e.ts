import type { Browser } from '@wxt-dev/browser';
import { describe, expect, it } from 'vitest';
import { type LaunchedExtension, useExtension } from './extension';
import { waitFor } from './wait';
import {
  ALWAYS_ACTIVE,
  firePauseAlarmSoon,
  getNotificationIds,
  getPauseAlarm,
  makePauseDueSoon,
  readPauseState,
  setPreferences,
  waitForReservedPopupPath,
  writeRecord,
} from './worker';

// Functions passed to `worker.evaluate` run inside the extension, where `chrome` is its API.
declare const chrome: typeof Browser;

const NOTE = 'Mijn eigen woorden, die mogen niet weg.';
/** An own card's words in junk: kept, and shown in the settings. */
const OWN_LINE = 'Mijn eigen zin blijft staan.';
const YEAR_MS = 365 * 24 * 60 * 60_000;

/** Junk of every kind, for every record of the database: a new set per round. */
const JUNK: Record<string, unknown>[] = [
  {
    preferences: 'not preferences',
    'deck-bag': null,
    'deck-hidden-card-ids': 42,
    'pause-state': 'waiting',
    'pause-log': [null, 7, 'taken', { note: NOTE }],
    intentions: [null, 'step', { words: 'met Sam', status: 'open', lookBackAtMs: -5 }, []],
    'own-cards': [null, 'card', { kind: 'quote', text: `  ${OWN_LINE}  `, writtenAtMs: 'now' }],
  },
  {
    preferences: {
      schemaVersion: 99,
      preferences: {
        intervalMinutes: Number.NaN,
        language: 7,
        activeDays: 'all',
        soundEnabled: 'loud',
      },
    },
    'deck-bag': { remaining: 5, shownInCycle: [null, {}], lastShownId: [] },
    'deck-hidden-card-ids': { 0: 'quote-1' },
    'pause-state': [1, 2, 3],
    'pause-log': {
      schemaVersion: 1,
      entries: [{ outcome: 'missed' }, { outcome: 'taken', note: NOTE }],
    },
    'own-cards': { schemaVersion: 99, cards: { 0: { kind: 'quote', text: 'not a list' } } },
  },
  {
    preferences: { schemaVersion: 'two', preferences: null },
    'deck-bag': 'empty',
    'deck-hidden-card-ids': [null, 5, {}],
    'pause-state': {
      schemaVersion: 1,
      state: {
        phase: { kind: 'paused', untilMs: 'never' },
        anchorMs: -5,
        nextPauseAtMs: Number.NaN,
      },
    },
    'pause-log': { schemaVersion: 1, entries: { note: NOTE } },
    intentions: { schemaVersion: 99, intentions: { 0: { id: 7 } } },
    'own-cards': {
      schemaVersion: 1,
      cards: [
        { id: 'own-1', kind: 'reframe', thought: OWN_LINE },
        { id: 'own-1', kind: 'poem', text: 'x' },
        { id: 7, kind: 'step', text: '' },
      ],
    },
  },
];

/**
 * Writes junk of the worst shapes into every record, made inside the extension's worker rather
 * than sent from here: lists of 2³² − 1 places with a few items, a million card ids, times no
 * Date can hold (or `aheadMs` ahead), a history line nested a thousand levels deep.
 */
async function writeHugeJunk(extension: LaunchedExtension, aheadMs: number) {
  const worker = await extension.getWorker();
  await worker.evaluate(
    ([ahead, note, own]) =>
      new Promise<void>((resolve, reject) => {
        const sparse = (items: Record<number, unknown>) => {
          const list: unknown[] = [];
          list.length = 2 ** 32 - 1;
          for (const [index, item] of Object.entries(items)) list[Number(index)] = item;
          return list;
        };
        let deep: unknown = [];
        for (let level = 0; level < 1000; level++) deep = [deep];
        const junk: Record<string, unknown> = {
          preferences: {
            schemaVersion: 3,
            preferences: {
              activeDays: sparse({ 0: 1, 5: 3 }),
              enabledKinds: sparse({ 2: 'quote' }),
              intervalMinutes: 1e20,
              activeStartMinute: -1,
            },
          },
          'deck-bag': { remaining: sparse({ 7: 'quote-1' }), shownInCycle: [], lastShownId: null },
          'deck-hidden-card-ids': Array.from({ length: 1_000_000 }, (_, index) => `id-${index}`),
          'pause-state': {
            schemaVersion: 1,
            state: {
              phase: { kind: 'snoozed', untilMs: Date.now() + ahead },
              anchorMs: Date.now() + ahead,
              idleSinceMs: 9e15,
              plan: { atMs: Date.now() + ahead, reason: 'interval' },
            },
          },
          'own-cards': { schemaVersion: 1, cards: sparse({ 3: { kind: 'step', text: own } }) },
          'pause-log': {
            schemaVersion: 1,
            entries: sparse({
              5: { outcome: 'taken', atMs: 1e20, cardId: null, note },
              6: { outcome: 'missed', atMs: 5, deep },
            }),
          },
        };
        const opening = indexedDB.open('moedpauze');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('keyval', 'readwrite');
          for (const [key, value] of Object.entries(junk)) {
            transaction.objectStore('keyval').put(value, key);
          }
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [aheadMs, NOTE, OWN_LINE] as const,
  );
}

describe('junk written straight into every record of the database', () => {
  const extension = useExtension('nl');

  it.each(JUNK.map((records, index) => [index + 1, records] as const))(
    'round %i: the settings, the popup and the planning of pauses still work',
    async (_round, records) => {
      await waitFor(async () => (await getPauseAlarm(extension())) !== null, {
        what: 'the first pause planned',
      });
      for (const [key, value] of Object.entries(records)) {
        await writeRecord(extension(), key, value);
      }

      // The settings: the defaults, a notice that something was repaired, the note kept.
      const options = await extension().openPage('options.html');
      await options
        .getByText('Een deel van je opgeslagen instellingen was onleesbaar', { exact: false })
        .waitFor();
      expect(await options.getByLabel('Tijd tussen pauzes (minuten)').inputValue()).toBe('30');
      expect(await options.getByLabel('maandag').isChecked()).toBe(true);
      expect(await options.getByLabel('Geluid bij een pauze').isChecked()).toBe(false);
      await options.getByText('1 met een notitie', { exact: false }).waitFor();
      // The own cards: every word of the user's kept, half a reframe too.
      if (JSON.stringify(records['own-cards'] ?? null).includes(OWN_LINE)) {
        await options.getByText(OWN_LINE).waitFor();
      } else {
        await options.getByText('Je hebt nog geen eigen kaarten.').waitFor();
      }

      // The journal: the note kept, and every step with words of the user's.
      const journal = await extension().openPage('journal.html');
      await journal.getByRole('heading', { level: 1, name: 'Terugblik' }).waitFor();
      await journal.getByText(NOTE, { exact: false }).first().waitFor();
      if (JSON.stringify(records.intentions ?? null).includes('met Sam')) {
        await journal.getByText('met Sam', { exact: false }).waitFor();
      }
      await journal.close();

      // The popup: a card to read.
      const popup = await extension().openPage(await waitForReservedPopupPath(extension()));
      await popup.locator('.card-kind').waitFor();
      expect((await popup.locator('.card-text').textContent())?.trim()).not.toBe('');
      await popup.close();

      // The planner: an alarm over a broken pause state plans afresh, and a pause still comes.
      await firePauseAlarmSoon(extension(), 200);
      await waitFor(async () => (await readPauseState(extension()))?.phase.kind === 'waiting', {
        what: 'a valid pause state again',
      });
      expect((await getPauseAlarm(extension()))?.scheduledTime).toBeGreaterThan(Date.now());
      await setPreferences(extension(), ALWAYS_ACTIVE);
      await makePauseDueSoon(extension(), 500);
      await waitFor(async () => (await getNotificationIds(extension())).includes('pause'), {
        what: 'the pause announced',
      });
      await (await extension().getWorker()).evaluate(() => chrome.notifications.clear('pause'));
      await options.close();
    },
  );

  it.each([
    ['a year ahead', YEAR_MS],
    ['past what a Date can hold', 1e20],
  ])(
    'huge, sparse and deep junk, times %s: every page answers, none throws',
    async (_name, aheadMs) => {
      await writeHugeJunk(extension(), aheadMs);

      // The settings: the defaults, the repair said, the note kept. A page that walked the sparse
      // list would not answer within the test's time (it took minutes); how few items a read
      // walks is pinned by the unit tests of the stored values, not timed here.
      const options = await extension().openPage('options.html');
      await options.getByText('1 met een notitie', { exact: false }).waitFor();
      await options.getByText('opgeslagen instellingen was onleesbaar', { exact: false }).waitFor();
      expect(await options.getByLabel('Tijd tussen pauzes (minuten)').inputValue()).toBe('30');
      expect(await options.getByLabel('maandag').isChecked()).toBe(true);
      await options.getByText(OWN_LINE).waitFor();

      // The popup: a card, and no promise of a pause a year away.
      const popup = await extension().openPage('popup.html');
      await popup.locator('.card-kind').waitFor();
      expect(await popup.locator('.pause-status').textContent()).not.toMatch(/\d{4}/);

      // The pause page.
      const pause = await extension().openPage('pause.html');
      await pause.getByRole('heading', { level: 1, name: 'Een korte pauze' }).waitFor();

      // The planner plans afresh, and an alarm is pending.
      await waitFor(async () => (await getPauseAlarm(extension()))?.scheduledTime ?? 0, {
        what: 'an alarm pending',
      });
      for (const opened of [options, popup, pause]) await opened.close();
    },
  );
});
