import { browser } from 'wxt/browser';
import { ensurePauseScheduled, handleAlarm, schedulePause } from './alarms';
import { handleMessage } from './messages';
import { applyPopupLanguage } from './popup';

// Listeners are added synchronously in main(): a worker woken by an event only hears it if the
// listener exists before the first await.
// https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() =>
    Promise.all([schedulePause(), applyPopupLanguage()]),
  );
  browser.runtime.onStartup.addListener(() =>
    Promise.all([ensurePauseScheduled(), applyPopupLanguage()]),
  );
  browser.runtime.onMessage.addListener((message) => handleMessage(message));
  browser.alarms.onAlarm.addListener((alarm) => handleAlarm(alarm));
});
