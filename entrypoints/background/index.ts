import { browser } from 'wxt/browser';
import { ensurePauseScheduled, handleAlarm, schedulePause } from './alarms';
import { handleMessage } from './messages';
import { updatePopup } from './popup';

/** A message a page posts straight to the service worker; waitUntil keeps the worker awake. */
type WorkerMessageEvent = MessageEvent & { waitUntil?: (promise: Promise<unknown>) => void };

// Listeners are added synchronously in main(): a worker woken by an event only hears it if the
// listener exists before the first await.
// https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() =>
    Promise.all([schedulePause(), updatePopup({ reserveNext: true })]),
  );
  browser.runtime.onStartup.addListener(() =>
    Promise.all([ensurePauseScheduled(), updatePopup({ reserveNext: true })]),
  );
  browser.runtime.onMessage.addListener((message) => handleMessage(message));
  browser.alarms.onAlarm.addListener((alarm) => handleAlarm(alarm));
  // The popup loads no extension API; it posts to this worker directly (see popup/start.tsx).
  globalThis.addEventListener?.('message', (event: WorkerMessageEvent) => {
    event.waitUntil?.(handleMessage(event.data) ?? Promise.resolve());
  });
});
