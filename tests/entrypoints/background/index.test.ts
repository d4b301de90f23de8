import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { getDatabase } from '@/utils/database';
import { DEFAULT_PREFERENCES } from '@/utils/preferences';
import { savePreferences } from '@/utils/preferences-store';

const MINUTE_MS = 60_000;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl');
  // The fake browser has no setPopup; the popup's address is checked by what it is given.
  fakeBrowser.action.setPopup = vi.fn(async () => {});
  fakeBrowser.action.getPopup = vi.fn(async () => '');
  await savePreferences({ ...DEFAULT_PREFERENCES, intervalMinutes: 30 });
  background.main();
});

describe('the background, wired to the browser', () => {
  it('points the toolbar button at the popup in the browser’s language when installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(fakeBrowser.action.setPopup).toHaveBeenCalledWith({ popup: '/popup.html?lang=nl' });
  });

  it('plans the first pause when installed', async () => {
    const beforeMs = Date.now();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const alarm = await fakeBrowser.alarms.get('pause');
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(beforeMs + 30 * MINUTE_MS);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 30 * MINUTE_MS);
  });

  it('keeps the pending pause on browser start, or plans one if none', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    const planned = await fakeBrowser.alarms.get('pause');
    expect(planned).toBeDefined();
    await fakeBrowser.runtime.onStartup.trigger();
    expect((await fakeBrowser.alarms.get('pause'))?.scheduledTime).toBe(planned?.scheduledTime);
  });

  it('re-plans when a page says the preferences changed', async () => {
    await savePreferences({ ...DEFAULT_PREFERENCES, intervalMinutes: 90 });
    const beforeMs = Date.now();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'preferences-changed', changedFields: ['intervalMinutes'] },
      {},
      () => {},
    );
    const alarm = await fakeBrowser.alarms.get('pause');
    expect(await answer).toEqual({ nextPauseAtMs: alarm?.scheduledTime });
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(beforeMs + 90 * MINUTE_MS);
  });

  it('shows a notification when the pause alarm fires, then plans the next', async () => {
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'pause',
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    const created = fakeBrowser.notifications.getAllCreateOptions();
    expect(created.pause).toMatchObject({ title: 'Tijd voor een korte pauze' });
    expect(await fakeBrowser.alarms.get('pause')).toBeDefined();
  });

  it('still plans with junk in the preferences store', async () => {
    await set('preferences', 'garbage', getDatabase());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await fakeBrowser.alarms.get('pause')).toBeDefined();
  });

  it('keeps the next pause where it is when only the language changed, and re-points the popup', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const planned = await fakeBrowser.alarms.get('pause');
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'en', intervalMinutes: 90 });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'preferences-changed', changedFields: ['language'] },
      {},
      () => {},
    );
    expect((await fakeBrowser.alarms.get('pause'))?.scheduledTime).toBe(planned?.scheduledTime);
    expect(fakeBrowser.action.setPopup).toHaveBeenLastCalledWith({
      popup: '/popup-en.html?lang=en',
    });
  });
});
