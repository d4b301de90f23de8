import { clear, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import background from '@/entrypoints/background';
import { readReservedCard } from '@/utils/core/addresses';
import { DEFAULT_PREFERENCES, type Preferences } from '@/utils/core/preferences';
import { getDatabase } from '@/utils/store/database';
import { loadHiddenCardIds } from '@/utils/store/deck-store';
import { loadPauseLog } from '@/utils/store/pause-log-store';
import { loadPauseState } from '@/utils/store/pause-state-store';
import { savePreferences } from '@/utils/store/preferences-store';
import { completeFakeBrowser } from '../../helpers/fake-browser-extras';

/** Monday 23 November 2026, at a local time of day. */
const monday = (hours: number, minutes = 0) => new Date(2026, 10, 23, hours, minutes).getTime();

let extras: ReturnType<typeof completeFakeBrowser>;

async function setUp(preferences: Partial<Preferences> = {}, atMs = monday(10)) {
  vi.setSystemTime(atMs);
  await savePreferences({ ...DEFAULT_PREFERENCES, ...preferences });
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  fakeBrowser.reset();
  await clear(getDatabase());
  extras = completeFakeBrowser();
  background.main();
});

afterEach(() => {
  vi.useRealTimers();
});

const pendingAlarmAt = async () => (await fakeBrowser.alarms.get('pause'))?.scheduledTime;

/** Moves the clock to `atMs` and fires the pause alarm there, as the browser would. */
async function fireAlarmAt(atMs: number) {
  vi.setSystemTime(atMs);
  await fakeBrowser.alarms.onAlarm.trigger({
    name: 'pause',
    scheduledTime: atMs,
    persistAcrossSessions: true,
  });
}

/** Where the toolbar button points now. */
const lastPopup = () => vi.mocked(fakeBrowser.action.setPopup).mock.lastCall?.[0].popup ?? '';

const sendMessage = async (message: unknown) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {}))[0];

describe('the background, wired to the browser', () => {
  it('points the toolbar button at the popup in the browser’s language when installed, with its first card', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const popup = new URL(lastPopup(), 'chrome-extension://id');
    expect(popup.pathname).toBe('/popup.html');
    const reserved = readReservedCard(popup.search);
    expect(reserved).toEqual(nlCards.find((card) => card.id === reserved?.id));
  });

  it('asks to hear of idleness after a minute without input', () => {
    expect(fakeBrowser.idle.setDetectionInterval).toHaveBeenCalledWith(60);
  });

  it.each([
    ['inside the active hours: one interval later', monday(10), monday(10, 30)],
    ['before they open: one interval after they open', monday(7), monday(9, 30)],
    ['after they close: one interval after they open tomorrow', monday(18), monday(24 + 9, 30)],
  ])('plans the first pause when installed %s', async (_name, installedAtMs, expectedMs) => {
    await setUp({}, installedAtMs);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await pendingAlarmAt()).toBe(expectedMs);
  });

  it('announces a due pause with a quiet notification with two buttons, then plans the next', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fireAlarmAt(monday(10, 30));
    const options = fakeBrowser.notifications.getAllCreateOptions().pause;
    expect(options).toMatchObject({
      title: 'Tijd voor een korte pauze',
      silent: true,
      buttons: [{ title: 'Pauze nemen' }, { title: 'Later' }],
    });
    expect(options?.message).not.toBe('');
    expect(await pendingAlarmAt()).toBe(monday(11));
  });

  it('delivers nothing for an alarm that fires early, or a second time', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fireAlarmAt(monday(10, 10));
    expect(create).not.toHaveBeenCalled();
    expect(await pendingAlarmAt()).toBe(monday(10, 30));
    await fireAlarmAt(monday(10, 30));
    await fireAlarmAt(monday(10, 30));
    expect(create).toHaveBeenCalledTimes(1);
    expect(await pendingAlarmAt()).toBe(monday(11));
  });

  it('opens the pause page when the notification or its first button is clicked', async () => {
    await setUp();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('pause');
    await fakeBrowser.notifications.onButtonClicked.trigger('pause', 0);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/pause\.html$/) });
  });

  it('snoozes for 10 minutes with "Later", and takes the notification away', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fireAlarmAt(monday(10, 30));
    vi.setSystemTime(monday(10, 32));
    await fakeBrowser.notifications.onButtonClicked.trigger('pause', 1);
    expect(await pendingAlarmAt()).toBe(monday(10, 42));
    expect(fakeBrowser.notifications.getAllCreateOptions().pause).toBeUndefined();
  });

  it('opens the pause page with the keyboard shortcut, and ignores other commands', async () => {
    await setUp();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await extras.commands.onCommand.trigger('something-else');
    expect(create).not.toHaveBeenCalled();
    await extras.commands.onCommand.trigger('take-pause');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/pause\.html$/) });
  });

  it('announces nothing while the user is idle, and counts a long absence as a pause', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    vi.setSystemTime(monday(10, 20));
    extras.idle.state = 'idle';
    await extras.idle.onStateChanged.trigger('idle');
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fireAlarmAt(monday(10, 30));
    expect(create).not.toHaveBeenCalled();
    vi.setSystemTime(monday(10, 45));
    extras.idle.state = 'active';
    await extras.idle.onStateChanged.trigger('active');
    expect(await pendingAlarmAt()).toBe(monday(11, 15));
    expect((await loadPauseLog()).at(-1)).toMatchObject({ outcome: 'natural-break' });
  });

  it('takes a pause through the pause page: a card, then "Klaar" with a note', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fireAlarmAt(monday(10, 30));
    const opened = await sendMessage({ type: 'pause-opened' });
    expect(opened).toMatchObject({
      cardId: expect.any(String),
      state: { phase: { kind: 'taking' } },
    });
    // Taking the pause answers the notification.
    expect(fakeBrowser.notifications.getAllCreateOptions().pause).toBeUndefined();
    vi.setSystemTime(monday(10, 32));
    const finished = await sendMessage({ type: 'pause-finished', note: 'Ik durf het te vragen.' });
    expect(finished).toMatchObject({ state: { plan: { atMs: monday(11, 2) } } });
    expect(await pendingAlarmAt()).toBe(monday(11, 2));
    expect(await loadPauseLog()).toEqual([
      {
        outcome: 'taken',
        atMs: monday(10, 32),
        cardId: (opened as { cardId: string }).cardId,
        note: 'Ik durf het te vragen.',
        startedAtMs: monday(10, 30),
      },
    ]);
  });

  it('pauses reminders until tomorrow and resumes them on request', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await sendMessage({ type: 'reminders-paused', span: 'tomorrow' });
    expect(await pendingAlarmAt()).toBe(monday(24 + 9, 30));
    await sendMessage({ type: 'reminders-resumed' });
    expect(await pendingAlarmAt()).toBe(monday(10, 30));
  });

  it('answers a change of preferences with the state, re-planned', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await savePreferences({ ...DEFAULT_PREFERENCES, intervalMinutes: 90 });
    const answer = await sendMessage({
      type: 'preferences-changed',
      changedFields: ['intervalMinutes'],
    });
    expect(answer).toMatchObject({ state: { plan: { atMs: monday(11, 30) } } });
    expect(await pendingAlarmAt()).toBe(monday(11, 30));
  });

  it('keeps the next pause where it is when only the language changed, and re-points the popup', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await savePreferences({ ...DEFAULT_PREFERENCES, language: 'en' });
    await sendMessage({ type: 'preferences-changed', changedFields: ['language'] });
    expect(await pendingAlarmAt()).toBe(monday(10, 30));
    const popup = new URL(lastPopup(), 'chrome-extension://id');
    expect(popup.pathname).toBe('/popup-en.html');
    const reserved = readReservedCard(popup.search);
    expect(reserved).toEqual(enCards.find((card) => card.id === reserved?.id));
  });

  it('draws, hides and restores the popup’s cards, in the user’s language', async () => {
    await setUp({ language: 'en' });
    const asked = await sendMessage({ type: 'card-asked' });
    expect(asked).toEqual({ card: expect.any(Object), language: 'en' });
    expect(asked.card).toEqual(enCards.find((card) => card.id === asked.card.id));
    const next = await sendMessage({ type: 'card-hidden', cardId: asked.card.id });
    expect(next.language).toBe('en');
    expect(next.card.id).not.toBe(asked.card.id);
    expect(await loadHiddenCardIds()).toEqual([asked.card.id]);
    expect(await sendMessage({ type: 'card-restored', cardId: asked.card.id })).toEqual({});
    expect(await loadHiddenCardIds()).toEqual([]);
  });

  it('keeps the pending pause on browser start', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    vi.setSystemTime(monday(10, 5));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await pendingAlarmAt()).toBe(monday(10, 30));
  });

  it('sets the alarm again on browser start when the browser lost it', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await pendingAlarmAt()).toBe(monday(10, 30));
  });

  it('brings no burst of pauses missed while the browser was closed: one is recorded missed', async () => {
    await setUp();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(monday(14));
    await fakeBrowser.runtime.onStartup.trigger();
    // The browser fires the overdue alarm once after its start.
    await fireAlarmAt(monday(14));
    expect(create).not.toHaveBeenCalled();
    expect(await pendingAlarmAt()).toBe(monday(14, 30));
    expect(await loadPauseLog()).toEqual([{ outcome: 'missed', atMs: monday(10, 30) }]);
  });

  it.each([
    ['the pause page in a small window', 'window'],
    ['a mark on the toolbar button', 'badge'],
  ] as const)('announces with %s when chosen', async (_name, deliveryMode) => {
    await setUp({ deliveryMode });
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fireAlarmAt(monday(10, 30));
    expect(fakeBrowser.notifications.getAllCreateOptions().pause).toBeUndefined();
    if (deliveryMode === 'window') {
      expect(createWindow).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'popup', url: expect.stringMatching(/\/pause\.html$/) }),
      );
    } else {
      expect(setBadgeText).toHaveBeenLastCalledWith({ text: '•' });
      await sendMessage({ type: 'popup-opened' });
      expect(setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    }
  });

  it.each([
    ['the preferences', 'preferences'],
    ['the pause state', 'pause-state'],
    ['the pause history', 'pause-log'],
  ])('still plans with junk in %s', async (_name, key) => {
    await setUp();
    await set(key, { schemaVersion: 'x', state: 'garbage', entries: 7 }, getDatabase());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await pendingAlarmAt()).toBeGreaterThan(monday(10));
    expect(await loadPauseState(monday(10))).not.toBeNull();
  });
});
