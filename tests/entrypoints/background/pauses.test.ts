import { createStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { applyPauseEvent, createPauseDeps } from '@/entrypoints/background/pauses';
import type { PauseState } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { editRecord } from '@/utils/store/database';

/** Monday 23 November 2026, 10:00 local time. */
const NOW_MS = new Date(2026, 10, 23, 10).getTime();

/** Deps that touch neither the browser nor the store; `commit` is the test's. */
const depsWith = (commit: (state: PauseState) => Promise<void>) =>
  createPauseDeps({
    now: () => NOW_MS,
    loadPreferences: async () => DEFAULT_PREFERENCES,
    loadState: async () => null,
    loadLog: async () => [],
    isIdle: async () => false,
    readBusy: async () => ({ call: false, fullscreen: false, sound: false }),
    drawCardId: async () => null,
    commit,
    armAlarm: async () => undefined,
    ensureAlarm: async () => undefined,
    announce: async () => undefined,
    withdraw: async () => undefined,
    tellPages: () => undefined,
  });

describe('the queue of pause events', () => {
  it('goes on with the next event after one whose store rejected', async () => {
    const failure = new Error('the transaction aborted');
    const commit = vi
      .fn<(state: PauseState) => Promise<void>>()
      .mockRejectedValueOnce(failure)
      .mockResolvedValue(undefined);
    const deps = depsWith(commit);
    const first = applyPauseEvent({ type: 'started' }, deps);
    const second = applyPauseEvent({ type: 'started' }, deps);
    await expect(first).rejects.toBe(failure);
    await expect(second).resolves.toMatchObject({ phase: { kind: 'waiting' } });
    expect(commit).toHaveBeenCalledTimes(2);
    await expect(applyPauseEvent({ type: 'woke' }, deps)).resolves.toBeDefined();
  });

  it('goes on after an event that threw before it stored anything', async () => {
    const deps = depsWith(async () => undefined);
    const failing = applyPauseEvent(
      { type: 'started' },
      { ...deps, loadPreferences: () => Promise.reject(new Error('unreadable')) },
    );
    const next = applyPauseEvent({ type: 'started' }, deps);
    await expect(failing).rejects.toThrow('unreadable');
    await expect(next).resolves.toMatchObject({ phase: { kind: 'waiting' } });
  });

  it('goes on after a store transaction whose change threw: it rejects, it does not hang', async () => {
    const store = createStore('pauses-test', 'keyval');
    const record = { key: 'state', read: () => ({}), write: (value: object) => value };
    const deps = depsWith(async () => {
      await editRecord(
        record,
        () => {
          throw new Error('change failed');
        },
        store,
      );
    });
    const failing = applyPauseEvent({ type: 'started' }, deps);
    const next = applyPauseEvent(
      { type: 'started' },
      depsWith(async () => undefined),
    );
    await expect(failing).rejects.toThrow('change failed');
    await expect(next).resolves.toMatchObject({ phase: { kind: 'waiting' } });
  });
});
