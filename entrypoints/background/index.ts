import { browser } from 'wxt/browser';
import { IDLE_DETECTION_SECONDS } from '@/utils/pause-state';
import { handleAlarm } from './alarms';
import { handleMessage } from './messages';
import { handleNotificationButton, handleNotificationClick } from './notifications';
import { handleCommand, openPausePage } from './pause-page';
import { applyPauseEvent } from './pauses';
import { updatePopup } from './popup';

/** A message a page posts straight to the service worker; waitUntil keeps the worker awake. */
type WorkerMessageEvent = MessageEvent & { waitUntil?: (promise: Promise<unknown>) => void };

const clicks = { openPausePage, apply: applyPauseEvent };

/** Install, update and browser start: keep the schedule (or start one), and set up the popup. */
const start = () =>
  Promise.all([applyPauseEvent({ type: 'started' }), updatePopup({ reserveNext: true })]);

// Listeners are added synchronously in main(): a worker woken by an event only hears it if the
// listener exists before the first await. The worker wakes only for these: its alarm, idle
// changes, and what the user does.
// https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events
export default defineBackground(() => {
  // Firefox for Android has no idle, commands or windows: the rest works without them.
  browser.idle?.setDetectionInterval(IDLE_DETECTION_SECONDS);
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onMessage.addListener((message) => handleMessage(message));
  browser.alarms.onAlarm.addListener((alarm) => handleAlarm(alarm));
  browser.idle?.onStateChanged.addListener((idleState) =>
    applyPauseEvent({ type: 'idle-changed', idleState }),
  );
  browser.notifications.onClicked.addListener((id) => handleNotificationClick(id, clicks));
  browser.notifications.onButtonClicked.addListener((id, index) =>
    handleNotificationButton(id, index, clicks),
  );
  browser.commands?.onCommand.addListener((command) => handleCommand(command));
  // The popup loads no extension API; it posts to this worker directly (see popup/start.tsx).
  globalThis.addEventListener?.('message', (event: WorkerMessageEvent) => {
    event.waitUntil?.(handleMessage(event.data) ?? Promise.resolve());
  });
});
