import type { Browser } from '@wxt-dev/browser';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { PREFERENCES_KEY, PREFERENCES_SCHEMA_VERSION } from '@/utils/store/preferences-store';

// Functions run inside the extension, where `chrome` is its API (in Chromium and in Firefox).
declare const chrome: typeof Browser;

/**
 * Runs a function inside one of the extension's contexts (a page or the worker), whichever
 * browser driver holds it: Playwright's and Puppeteer's `evaluate` both fit.
 */
export type RunInExtension = <A, R>(run: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** A record of the extension's database (null when there is none). */
export function readRecordWith(run: RunInExtension, key: string): Promise<unknown> {
  return run(
    (recordKey: string) =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('moedpauze');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const request = opening.result
            .transaction('keyval', 'readonly')
            .objectStore('keyval')
            .get(recordKey);
          request.onsuccess = () => resolve(request.result ?? null);
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

/** Writes a record of the extension's database, as its owner would. */
export async function writeRecordWith(
  run: RunInExtension,
  key: string,
  value: unknown,
): Promise<void> {
  await run(
    ([recordKey, record]: readonly [string, unknown]) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('moedpauze');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const transaction = opening.result.transaction('keyval', 'readwrite');
          transaction.objectStore('keyval').put(record, recordKey);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [key, value] as const,
  );
}

interface StoredPauseState {
  state: {
    phase: { kind: string; cardId?: string | null; untilMs?: number };
    anchorMs: number;
    plan: { atMs: number | null; reason: string } | null;
  };
}

/** The pause state the background stored. */
export async function readPauseStateWith(run: RunInExtension) {
  return ((await readRecordWith(run, 'pause-state')) as StoredPauseState | null)?.state ?? null;
}

/**
 * Brings the next pause to `inMs` from now, as if the last one was an interval ago: the state and
 * the alarm as the background itself would have set them (unpacked extensions may use alarms this
 * short). What happens when it fires is the background's own doing.
 */
export async function makePauseDueWith(
  run: RunInExtension,
  inMs: number,
  intervalMinutes = 30,
): Promise<number> {
  const stored = (await readRecordWith(run, 'pause-state')) as StoredPauseState;
  const dueMs = Date.now() + inMs;
  await writeRecordWith(run, 'pause-state', {
    ...stored,
    state: {
      ...stored.state,
      phase: { kind: 'waiting' },
      anchorMs: dueMs - intervalMinutes * 60_000,
      plan: { atMs: dueMs, reason: 'interval' },
    },
  });
  // As the background sets it: repeating until it is set anew.
  await run(
    (atMs: number) => chrome.alarms.create('pause', { when: atMs, periodInMinutes: 0.5 }),
    dueMs,
  );
  return dueMs;
}

/**
 * Brings the next look of a pause that waits (for a call, a full-screen window) to `inMs` from
 * now, as the minute passing would: its plan and its alarm. The test's clock, not real seconds.
 */
export async function bringNextLookForwardWith(run: RunInExtension, inMs: number): Promise<void> {
  const stored = (await readRecordWith(run, 'pause-state')) as StoredPauseState;
  const atMs = Date.now() + inMs;
  const plan = { atMs, reason: stored.state.plan?.reason ?? 'busy' };
  await writeRecordWith(run, 'pause-state', { ...stored, state: { ...stored.state, plan } });
  await run(
    (whenMs: number) => chrome.alarms.create('pause', { when: whenMs, periodInMinutes: 0.5 }),
    atMs,
  );
}

/**
 * Stores preferences (over the defaults) and tells the background, as the options page does
 * after a save. Through an extension page: the background may be stopped, and the message wakes it.
 */
export async function setPreferencesWith(
  run: RunInExtension,
  preferences: Record<string, unknown>,
): Promise<void> {
  await writeRecordWith(run, PREFERENCES_KEY, {
    schemaVersion: PREFERENCES_SCHEMA_VERSION,
    preferences: { ...DEFAULT_PREFERENCES, ...preferences },
  });
  await run((message) => chrome.runtime.sendMessage(message), {
    type: 'preferences-changed',
    changedFields: Object.keys(preferences),
  });
}

/** Preferences for a test that may run on any day at any hour: every day, all day. */
export const ALWAYS_ACTIVE = {
  activeDays: [0, 1, 2, 3, 4, 5, 6],
  activeStartMinute: 0,
  activeEndMinute: 0,
};

/** A history of one pause taken an hour ago, with `note`, as stored. */
export const oneNoteHistory = (nowMs: number, note: string) => ({
  schemaVersion: 1,
  entries: [
    {
      outcome: 'taken',
      atMs: nowMs - 3_600_000,
      startedAtMs: nowMs - 3_660_000,
      cardId: 'reframe-i-seem-weak',
      note,
    },
  ],
});

/** One small step chosen yesterday whose follow-up is due now, as stored. */
export const dueStepRecord = (nowMs: number) => ({
  schemaVersion: 1,
  intentions: [
    {
      id: 'step-open',
      cardId: 'step-start-small',
      stepText: '',
      words: 'met Sam',
      committedAtMs: nowMs - 86_400_000,
      lookBackAtMs: nowMs - 1000,
      status: 'open',
    },
  ],
});
