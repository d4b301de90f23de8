import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOG_LIMIT, NOTE_MAX_CHARS, NOTES_LIMIT } from '@/utils/core/pause-log';
import { type LaunchedExtension, useExtension } from './extension';
import { waitFor } from './wait';
import { ALWAYS_ACTIVE, makePauseDueSoon, readRecord, setPreferences, stopWorkers } from './worker';

// Functions passed to `page.evaluate` run inside the extension, where `chrome` is its API.
declare const chrome: typeof Browser;

const MINUTE_MS = 60_000;

interface StoredState {
  state: {
    phase: { kind: string; dueAtMs?: number };
    plan: { atMs: number | null } | null;
  };
}

/** Reads through an extension page of the test's: a stopped worker stays stopped. */
function pageReader(extension: LaunchedExtension, page: Page) {
  return {
    pendingAlarm: () => page.evaluate(async () => (await chrome.alarms.get('pause')) ?? null),
    notifications: () =>
      page.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
    state: async () =>
      ((await readRecord(extension, 'pause-state', page)) as StoredState | null)?.state ?? null,
    log: async () =>
      ((await readRecord(extension, 'pause-log', page)) as { entries: unknown[] } | null)
        ?.entries ?? [],
  };
}

const sleepUntil = (atMs: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, atMs - Date.now())));

describe('a worker stopped at any moment around a due pause', () => {
  const extension = useExtension('nl');
  // Before the alarm, as it fires, and while its pause is being announced and stored.
  const OFFSETS_MS = [-150, -30, 0, 5, 15, 30, 60, 100, 200, 400];

  beforeAll(() => setPreferences(extension(), ALWAYS_ACTIVE));

  it.each(OFFSETS_MS)(
    'stopped %i ms from the moment it is due: an alarm always pending, the pause comes once',
    async (offsetMs) => {
      const page = await extension().openPage('options.html');
      const read = pageReader(extension(), page);
      const dueMs = await makePauseDueSoon(extension(), 600, 30, page);
      // Where the stop lands does not matter to what is checked: any moment must be safe.
      await sleepUntil(dueMs + offsetMs);
      await stopWorkers(extension(), page);
      expect(await read.pendingAlarm()).not.toBeNull();

      // The browser fires what is pending when its time comes (the pause, or the alarm repeating
      // for it); the test brings that time to now, until the pause is announced and the next
      // one pending.
      const nextMs = dueMs + 30 * MINUTE_MS;
      await waitFor(
        async () => {
          const alarm = await read.pendingAlarm();
          if (!alarm) throw new Error('No alarm pending: the schedule is lost');
          const state = await read.state();
          const isAnnounced = state?.phase.kind === 'delivered' && state.phase.dueAtMs === dueMs;
          if (isAnnounced && alarm.scheduledTime === nextMs) return true;
          if (alarm.scheduledTime < nextMs && alarm.scheduledTime > Date.now() + 100) {
            await page.evaluate(() =>
              chrome.alarms.create('pause', { when: Date.now() + 20, periodInMinutes: 0.5 }),
            );
          }
          return false;
        },
        { what: 'the pause announced, and the next one pending' },
      );
      expect((await read.state())?.plan?.atMs).toBe(nextMs);
      expect(await read.notifications()).toEqual(['pause']);
      // Not missed, and nothing in the history twice.
      expect(await read.log()).toEqual([]);
      await page.evaluate(() => chrome.notifications.clear('pause'));
      await page.close();
    },
  );
});

/** Types a value and leaves the field, as a person does. */
async function fillAndLeave(page: Page, label: string, value: string) {
  await page.getByLabel(label).fill(value);
  await page.getByLabel(label).press('Tab');
}

/** The stored preferences, as the settings pages wrote them; read through `page`, if given. */
async function storedPreferences(extension: LaunchedExtension, page?: Page) {
  const stored = await readRecord(extension, 'preferences', page);
  return (stored as { preferences: Record<string, unknown> }).preferences;
}

describe('two settings pages at once', () => {
  const extension = useExtension('nl');

  it('lose no write: each saves what was changed in it, and shows what the other saved', async () => {
    const a = await extension().openPage('options.html');
    const b = await extension().openPage('options.html');
    await fillAndLeave(a, 'Tijd tussen pauzes (minuten)', '45');
    await a.getByText('Opgeslagen.').waitFor();
    await waitFor(
      async () => (await b.getByLabel('Tijd tussen pauzes (minuten)').inputValue()) === '45',
      { what: 'the other page showing the new interval' },
    );
    await fillAndLeave(b, 'Duur van een pauze (seconden)', '120');
    await b.getByText('Opgeslagen.').waitFor();
    // Two changes at the very same moment, one on each page.
    await Promise.all([
      a.getByLabel('zaterdag').check(),
      b.getByLabel('Geluid bij een pauze').check(),
    ]);
    await waitFor(async () => (await storedPreferences(extension())).soundEnabled === true);
    await waitFor(async () => (await storedPreferences(extension())).activeDays !== undefined);
    expect(await storedPreferences(extension())).toMatchObject({
      intervalMinutes: 45,
      pauseSeconds: 120,
      activeDays: [1, 2, 3, 4, 5, 6],
      soundEnabled: true,
    });
  });

  it('keep an import made in one when the other changes a setting', async () => {
    const a = await extension().openPage('options.html');
    const b = await extension().openPage('options.html');
    const [download] = await Promise.all([
      a.waitForEvent('download'),
      a.getByRole('button', { name: 'Exporteren' }).click(),
    ]);
    const file = JSON.parse(
      await import('node:fs/promises').then(async (fs) =>
        fs.readFile(await download.path(), 'utf8'),
      ),
    );
    file.preferences = {
      ...file.preferences,
      intervalMinutes: 90,
      pauseSeconds: 300,
      deliveryMode: 'badge',
    };
    await a.getByLabel('Importeren uit een bestand').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await a.getByRole('dialog').getByRole('button', { name: 'Importeren' }).click();
    await a.getByText('Geïmporteerd.').waitFor();
    await waitFor(
      async () => (await b.getByLabel('Tijd tussen pauzes (minuten)').inputValue()) === '90',
      { what: 'the other page showing the import' },
    );
    await b.getByLabel('zondag').check();
    await b.getByText('Opgeslagen.').waitFor();
    expect(await storedPreferences(extension())).toMatchObject({
      intervalMinutes: 90,
      pauseSeconds: 300,
      deliveryMode: 'badge',
      activeDays: [0, 1, 2, 3, 4, 5, 6],
    });
  });

  it('bring nothing deleted back: after "Alles wissen" in one, a change in the other stands alone', async () => {
    const a = await extension().openPage('options.html');
    const b = await extension().openPage('options.html');
    await a.getByRole('button', { name: 'Alles wissen' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Alles wissen' }).click();
    await a.getByText('Alles is gewist.', { exact: false }).waitFor();
    // Page B changes a setting at once, whether or not it has heard of the delete yet.
    await b.getByLabel('Hoe een pauze zich meldt').selectOption('window');
    await b.getByText('Opgeslagen.').waitFor();
    const { DEFAULT_PREFERENCES } = await import('@/utils/core/preferences');
    expect(await storedPreferences(extension())).toEqual({
      ...DEFAULT_PREFERENCES,
      deliveryMode: 'window',
    });
  });

  it('say "Opgeslagen." when the value is stored, also with the worker stopped, and plan anew', async () => {
    await setPreferences(extension(), ALWAYS_ACTIVE);
    const page = await extension().openPage('options.html');
    for (const minutes of [7, 11, 13]) {
      const savedAtMs = Date.now();
      await page.getByLabel('Tijd tussen pauzes (minuten)').fill(String(minutes));
      await stopWorkers(extension(), page);
      await page.getByLabel('Tijd tussen pauzes (minuten)').press('Tab');
      await stopWorkers(extension(), page);
      await page.getByText('Opgeslagen.').waitFor();
      expect(await page.getByText('Opslaan is niet gelukt', { exact: false }).count()).toBe(0);
      expect((await storedPreferences(extension(), page)).intervalMinutes).toBe(minutes);
      await waitFor(
        async () => {
          const alarm = await pageReader(extension(), page).pendingAlarm();
          return (
            alarm &&
            alarm.scheduledTime >= savedAtMs + minutes * MINUTE_MS &&
            alarm.scheduledTime <= Date.now() + minutes * MINUTE_MS
          );
        },
        { what: `the next pause ${minutes} minutes on` },
      );
    }
  });
});

describe('the largest history the store takes', () => {
  const extension = useExtension('nl');

  it('exports, is deleted with everything, and imports back whole', async () => {
    // 5,000 lines without a note and 10,000 notes of the longest a note may be, in characters
    // that take three bytes each in the file: made inside the browser, not sent to it.
    const worker = await extension().getWorker();
    const digest = () =>
      worker.evaluate(
        async () =>
          new Promise<string>((resolve, reject) => {
            const opening = indexedDB.open('moedpauze');
            opening.onerror = () => reject(opening.error);
            opening.onsuccess = () => {
              const request = opening.result
                .transaction('keyval', 'readonly')
                .objectStore('keyval')
                .get('pause-log');
              request.onsuccess = async () => {
                const bytes = new TextEncoder().encode(JSON.stringify(request.result ?? null));
                const hash = await crypto.subtle.digest('SHA-256', bytes);
                resolve(
                  [...new Uint8Array(hash)]
                    .map((byte) => byte.toString(16).padStart(2, '0'))
                    .join(''),
                );
              };
            };
          }),
      );
    await worker.evaluate(
      ([plain, notes, noteChars]) =>
        new Promise<void>((resolve, reject) => {
          const startMs = Date.UTC(2026, 0, 1);
          const entries: unknown[] = [];
          for (let index = 0; index < plain; index++) {
            entries.push({ outcome: 'missed', atMs: startMs + index * 60_000 });
          }
          for (let index = 0; index < notes; index++) {
            const note = `${index}: ${'€'.repeat(noteChars)}`.slice(0, noteChars);
            const atMs = startMs + (plain + index) * 60_000;
            entries.push({
              outcome: 'taken',
              atMs,
              cardId: 'quote-1',
              note,
              startedAtMs: atMs - 60_000,
            });
          }
          const opening = indexedDB.open('moedpauze');
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const transaction = opening.result.transaction('keyval', 'readwrite');
            transaction.objectStore('keyval').put({ schemaVersion: 1, entries }, 'pause-log');
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      [LOG_LIMIT, NOTES_LIMIT, NOTE_MAX_CHARS] as const,
    );
    const before = await digest();

    const page = await extension().openPage('options.html');
    await page
      .getByText('15000 pauzes in je geschiedenis, 10000 met een notitie', { exact: false })
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Exporteren' }).click(),
    ]);
    const path = await download.path();
    const { stat } = await import('node:fs/promises');
    const { size } = await stat(path);
    expect(size).toBeGreaterThan(NOTES_LIMIT * NOTE_MAX_CHARS * 3);

    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Alles wissen' }).click();
    await page.getByText('Alles is gewist.', { exact: false }).waitFor();
    expect(await readRecord(extension(), 'pause-log')).toBeNull();

    await page.getByLabel('Importeren uit een bestand').setInputFiles(path);
    const dialog = page.getByRole('dialog');
    await dialog
      .getByText('15000 pauzes, waarvan 10000 met een notitie', { exact: false })
      .waitFor({
        timeout: 120_000,
      });
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Geïmporteerd.').waitFor({ timeout: 120_000 });
    expect(await digest()).toBe(before);
  }, 300_000);
});
