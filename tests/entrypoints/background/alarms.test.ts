import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { armPauseAlarm, handleAlarm, PAUSE_ALARM } from '@/entrypoints/background/alarms';
import type { PauseState } from '@/utils/core/pause-model';
import { planFrom } from '../../helpers/pause';

const state = (nextPauseAtMs: number | null): PauseState => ({
  phase: { kind: 'waiting' },
  anchorMs: 0,
  idleSinceMs: null,
  plan: planFrom(nextPauseAtMs, nextPauseAtMs === null ? 'noActiveHours' : 'interval'),
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('armPauseAlarm', () => {
  it('sets the one alarm for the next pause, replacing the one before', async () => {
    await armPauseAlarm(state(1_000_000));
    await armPauseAlarm(state(2_000_000));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toEqual([expect.objectContaining({ name: 'pause', scheduledTime: 2_000_000 })]);
  });

  it('makes it repeat every half minute until it is set anew: one firing lost loses no pause', async () => {
    await armPauseAlarm(state(1_000_000));
    expect(await fakeBrowser.alarms.get(PAUSE_ALARM)).toMatchObject({
      scheduledTime: 1_000_000,
      periodInMinutes: 0.5,
    });
  });

  it('clears the alarm when no pause fits the active hours', async () => {
    await armPauseAlarm(state(1_000_000));
    await armPauseAlarm(state(null));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('handleAlarm', () => {
  it('hands the pause alarm to the pause state', async () => {
    const apply = vi.fn(async () => state(1));
    await handleAlarm({ name: PAUSE_ALARM }, apply);
    expect(apply).toHaveBeenCalledWith({ type: 'alarm' });
  });

  it('leaves other alarms alone', async () => {
    const apply = vi.fn(async () => state(1));
    await handleAlarm({ name: 'something-else' }, apply);
    expect(apply).not.toHaveBeenCalled();
  });
});
