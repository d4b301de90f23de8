import type { Browser } from '@wxt-dev/browser';
import type { LaunchedExtension } from './extension';
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
    (delayMs) => chrome.alarms.create('pause', { when: Date.now() + delayMs }),
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
