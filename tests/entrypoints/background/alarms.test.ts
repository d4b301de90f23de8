import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ensurePauseScheduled,
  handleAlarm,
  PAUSE_ALARM,
  schedulePause,
} from '@/entrypoints/background/alarms';
import { DEFAULT_PREFERENCES } from '@/utils/preferences';

const MINUTE_MS = 60_000;
const loadInterval = (intervalMinutes: number) => async () => ({
  preferences: { ...DEFAULT_PREFERENCES, intervalMinutes },
  repairedFields: [],
});

beforeEach(() => fakeBrowser.reset());

describe('schedulePause', () => {
  it('sets the pause alarm one interval from now', async () => {
    const atMs = await schedulePause(1_000, fakeBrowser.alarms, loadInterval(20));
    expect(atMs).toBe(1_000 + 20 * MINUTE_MS);
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: PAUSE_ALARM, scheduledTime: atMs }),
    ]);
  });

  it('replaces the pending pause instead of adding a second one', async () => {
    await schedulePause(0, fakeBrowser.alarms, loadInterval(20));
    const atMs = await schedulePause(5 * MINUTE_MS, fakeBrowser.alarms, loadInterval(60));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.scheduledTime).toBe(atMs);
  });
});

describe('ensurePauseScheduled', () => {
  it('keeps a pending pause where it is', async () => {
    const pendingAtMs = await schedulePause(0, fakeBrowser.alarms, loadInterval(30));
    const atMs = await ensurePauseScheduled(10 * MINUTE_MS, fakeBrowser.alarms, loadInterval(30));
    expect(atMs).toBe(pendingAtMs);
    expect((await fakeBrowser.alarms.get(PAUSE_ALARM))?.scheduledTime).toBe(pendingAtMs);
  });

  it('plans a pause when none is pending', async () => {
    const atMs = await ensurePauseScheduled(7_000, fakeBrowser.alarms, loadInterval(15));
    expect(atMs).toBe(7_000 + 15 * MINUTE_MS);
    expect((await fakeBrowser.alarms.get(PAUSE_ALARM))?.scheduledTime).toBe(atMs);
  });
});

describe('handleAlarm', () => {
  it('announces the pause and plans the next from the moment it fired', async () => {
    const notify = vi.fn(async () => {});
    const reschedule = vi.fn(async (nowMs: number) => nowMs + MINUTE_MS);
    await handleAlarm({ name: PAUSE_ALARM }, 123, { notify, reschedule });
    expect(notify).toHaveBeenCalledOnce();
    expect(reschedule).toHaveBeenCalledWith(123);
  });

  it('leaves alarms that are not ours alone', async () => {
    const notify = vi.fn(async () => {});
    const reschedule = vi.fn(async () => 0);
    await handleAlarm({ name: 'someone-else' }, 123, { notify, reschedule });
    expect(notify).not.toHaveBeenCalled();
    expect(reschedule).not.toHaveBeenCalled();
  });
});
