import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { IDLE_DETECTION_SECONDS } from '@/utils/core/pause-model';
import { handleAlarm } from './alarms';
import { handleMessage } from './messages';
import { listenToNotifications } from './notifications';
import { handleCommand, openPausePage } from './pause-page';
import { applyPauseEvent } from './pauses';
import { updatePopup } from './popup';

const clicks = { openPausePage, apply: applyPauseEvent };

/** Every start of the worker: a plan made with older preferences, or an alarm lost, is healed. */
const heal = () => applyPauseEvent({ type: 'woke' }).catch(() => undefined);

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
  browser.alarms.onAlarm.addListener((alarm) => handleAlarm(alarm, applyPauseEvent));
  browser.idle?.onStateChanged.addListener((idleState) =>
    applyPauseEvent({ type: 'idle-changed', idleState }),
  );
  listenToNotifications(clicks);
  browser.commands?.onCommand.addListener((command) => handleCommand(command));
  void heal();
});
