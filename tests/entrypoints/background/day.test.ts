import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { getDatabase } from '@/utils/store/database';
import { savePreferences } from '@/utils/store/preferences-store';
import { completeFakeBrowser } from '../../helpers/fake-browser-extras';

/** Monday 23 November 2026, at a local time of day. */
const monday = (hours: number, minutes = 0) => new Date(2026, 10, 23, hours, minutes).getTime();

beforeEach(async () => {
  // Date, and the timers: any setTimeout or setInterval the worker started would stay pending.
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'setInterval'] });
  fakeBrowser.reset();
  await clear(getDatabase());
  completeFakeBrowser();
  background.main();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Fires the one pending alarm whenever it is due before the evening; the times it fired. */
async function runDay(): Promise<number[]> {
  const firedAt: number[] = [];
  for (;;) {
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((alarm) => alarm.name)).toEqual(['pause']);
    const [alarm] = alarms;
    if (!alarm || alarm.scheduledTime > monday(20)) return firedAt;
    vi.setSystemTime(alarm.scheduledTime);
    firedAt.push(alarm.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
  }
}

describe('a working day at a 30-minute interval, 09:00 to 17:00', () => {
  it('with an hour in full screen (a presentation, 11:00 to 12:00): the pause waits it out, at a minute a look', async () => {
    vi.setSystemTime(monday(7));
    await savePreferences({ ...DEFAULT_PREFERENCES, intervalMinutes: 30 });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const isPresenting = () => Date.now() >= monday(11) && Date.now() < monday(12);
    vi.spyOn(fakeBrowser.windows, 'getAll').mockImplementation(async () => [
      { id: 1, state: isPresenting() ? 'fullscreen' : 'normal' } as never,
    ]);
    const announcedAt: number[] = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async () => {
      announcedAt.push(Date.now());
      return 'pause';
    });
    const firedAt = await runDay();
    const minutes = (from: number, count: number, step: number) =>
      Array.from({ length: count }, (_, index) => from + index * step * 60_000);
    // 09:30 to 11:00 as usual; from 11:00 a look each minute; at 12:00 the pause; then as usual.
    expect(firedAt).toEqual([
      ...minutes(monday(9, 30), 4, 30),
      ...minutes(monday(11, 1), 60, 1),
      ...minutes(monday(12, 30), 10, 30),
    ]);
    expect(firedAt).toHaveLength(74);
    expect(announcedAt).toEqual([
      ...minutes(monday(9, 30), 3, 30),
      monday(12),
      ...minutes(monday(12, 30), 10, 30),
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('wakes the worker for exactly 16 pause alarms, and for nothing else', async () => {
    vi.setSystemTime(monday(7));
    await savePreferences({ ...DEFAULT_PREFERENCES, intervalMinutes: 30 });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const created = vi.spyOn(fakeBrowser.alarms, 'create');
    // The browser's part: whenever the one pending alarm is due before the day is over, fire it.
    const firedAt = await runDay();
    const halfHours = Array.from({ length: 16 }, (_, index) => monday(9, 30 + 30 * index));
    expect(firedAt).toEqual(halfHours);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['pause']);
    // Every alarm set was the pause alarm; no timer is left running.
    expect(created.mock.calls.every(([name]) => name === 'pause')).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    // The evening's alarm waits for Tuesday.
    expect((await fakeBrowser.alarms.get('pause'))?.scheduledTime).toBe(monday(24 + 9, 30));
  });
});
