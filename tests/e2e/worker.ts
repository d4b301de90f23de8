import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './extension';
import {
  ALWAYS_ACTIVE,
  makePauseDueWith,
  type RunInExtension,
  readPauseStateWith,
  readRecordWith,
  setPreferencesWith,
  writeRecordWith,
} from './records';
import { waitFor } from './wait';

// Functions passed to `worker.evaluate` run inside the extension, where `chrome` is its API.
declare const chrome: typeof Browser;

export interface AlarmInfo {
  name: string;
  scheduledTime: number;
}

/** The pending pause alarm, read inside the extension's own worker. */
export async function getPauseAlarm(extension: LaunchedExtension): Promise<AlarmInfo | null> {
  const worker = await extension.getWorker();
  return worker.evaluate(async () => (await chrome.alarms.get('pause')) ?? null);
}

/** Moves the pending pause to `inMs` from now: unpacked extensions may use alarms this short. */
export async function firePauseAlarmSoon(
  extension: LaunchedExtension,
  inMs: number,
): Promise<void> {
  const worker = await extension.getWorker();
  await worker.evaluate(
    (delayMs) =>
      chrome.alarms.create('pause', { when: Date.now() + delayMs, periodInMinutes: 0.5 }),
    inMs,
  );
}

/** The ids of the notifications the extension shows now. */
export async function getNotificationIds(extension: LaunchedExtension): Promise<string[]> {
  const worker = await extension.getWorker();
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/**
 * The popup as the toolbar button opens it now, once the worker has reserved its card (it does
 * just after install and after each opening): language and card in the address.
 */
export function waitForReservedPopupPath(extension: LaunchedExtension): Promise<string> {
  return waitFor(
    async () => {
      const path = await extension.getPopupPath();
      return /[?&]card=/.test(path) && path;
    },
    { timeoutMs: 5_000, what: 'card reserved for the toolbar button' },
  );
}

/** Runs a function in one of the extension's pages (`via`), else inside its worker. */
async function runIn(extension: LaunchedExtension, via?: Page): Promise<RunInExtension> {
  const context: Pick<Page, 'evaluate'> = via ?? (await extension.getWorker());
  return (run, arg) => context.evaluate(run, arg as never);
}

/**
 * A record of the extension's database (null when there is none), read inside its worker, or
 * inside one of its pages (`via`): reading through a page leaves a stopped worker stopped.
 */
export async function readRecord(
  extension: LaunchedExtension,
  key: string,
  via?: Page,
): Promise<unknown> {
  return readRecordWith(await runIn(extension, via), key);
}

/** Writes a record of the extension's database from inside its worker, as its owner would. */
export async function writeRecord(
  extension: LaunchedExtension,
  key: string,
  value: unknown,
  via?: Page,
): Promise<void> {
  await writeRecordWith(await runIn(extension, via), key, value);
}

/** The pause state the worker stored. */
export async function readPauseState(extension: LaunchedExtension) {
  return readPauseStateWith(await runIn(extension));
}

/**
 * Brings the next pause to `inMs` from now, as if the last one was an interval ago (see
 * `makePauseDueWith`). Through an extension page (`via`), if given, which leaves a stopped worker
 * stopped.
 */
export async function makePauseDueSoon(
  extension: LaunchedExtension,
  inMs: number,
  intervalMinutes = 30,
  via?: Page,
): Promise<number> {
  return makePauseDueWith(await runIn(extension, via), inMs, intervalMinutes);
}

export { ALWAYS_ACTIVE };

/**
 * Stores preferences (over the defaults) and tells the worker, as the options page does after a
 * save, through one of the extension's pages.
 */
export async function setPreferences(
  extension: LaunchedExtension,
  preferences: Record<string, unknown>,
): Promise<void> {
  // Through a page: the worker may have been stopped, and a page wakes it with its message.
  const page = await extension.openPage('options.html');
  try {
    await setPreferencesWith(await runIn(extension, page), preferences);
  } finally {
    await page.close();
  }
}

/** Sends a message to the worker from an extension page, as the pages do; returns the answer. */
export async function sendFromPage(extension: LaunchedExtension, message: unknown) {
  const page = await extension.openPage('options.html');
  try {
    return await page.evaluate((sent) => chrome.runtime.sendMessage(sent), message);
  } finally {
    await page.close();
  }
}

/**
 * Fires one of the worker's extension events as the browser would (a click on a notification, an
 * idle change): the operating system's part cannot be driven headless, the listener is the real one.
 */
export async function dispatchInWorker(
  extension: LaunchedExtension,
  event: 'notifications.onClicked' | 'notifications.onButtonClicked' | 'idle.onStateChanged',
  args: unknown[],
): Promise<void> {
  const worker = await extension.getWorker();
  await worker.evaluate(
    ([path, values]) => {
      const [api, name] = path.split('.') as [string, string];
      const target = (chrome as unknown as Record<string, Record<string, unknown>>)[api]?.[name];
      (target as { dispatch: (...args: unknown[]) => void }).dispatch(...values);
    },
    [event, args] as const,
  );
}

/**
 * Stops every service worker of the browser, as the browser itself may at any moment. Through the
 * DevTools protocol of one of the extension's pages (which stays open).
 */
export async function stopWorkers(extension: LaunchedExtension, page: Page): Promise<void> {
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
