import type { Browser } from '@wxt-dev/browser';
import { describe, expect, it } from 'vitest';
import { useExtension } from './extension';
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

/** Junk of every kind, for every record of the database: a new set per round. */
const JUNK: Record<string, unknown>[] = [
  {
    preferences: 'not preferences',
    'deck-bag': null,
    'deck-hidden-card-ids': 42,
    'pause-state': 'waiting',
    'pause-log': [null, 7, 'taken', { note: NOTE }],
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
  },
];

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
});
