import { clear, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PauseDeps } from '@/entrypoints/background/pauses';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { getDatabase } from '@/utils/store/database';
import { loadPauseLog } from '@/utils/store/pause-log-store';
import { loadPauseState } from '@/utils/store/pause-state-store';
import { savePreferences } from '@/utils/store/preferences-store';
import { completeFakeBrowser } from '../../helpers/fake-browser-extras';

/** Monday 23 November 2026, at a local time of day. */
const monday = (hours: number, minutes = 0, seconds = 0) =>
  new Date(2026, 10, 23, hours, minutes, seconds).getTime();

/** A worker as the browser starts it: the background's modules loaded afresh, nothing in memory. */
async function startWorker() {
  vi.resetModules();
  const pauses = await import('@/entrypoints/background/pauses');
  const alarms = await import('@/entrypoints/background/alarms');
  const messages = await import('@/entrypoints/background/messages');
  return { ...pauses, ...alarms, ...messages };
}

const pendingAlarm = () => fakeBrowser.alarms.get('pause');

/**
 * The worker's own deps, stopped at `step`: the browser stopped the worker there, and nothing
 * after it runs. `reached` settles when the worker got that far.
 */
function stopAt(worker: Awaited<ReturnType<typeof startWorker>>, step: keyof PauseDeps) {
  let markReached = () => {};
  const reached = new Promise<void>((resolve) => {
    markReached = resolve;
  });
  const deps = worker.createPauseDeps({
    [step]: () => {
      markReached();
      return new Promise(() => {});
    },
  });
  return { deps, reached };
}

/**
 * Fires the pending pause alarm at its time, in `worker`, as the browser does: a one-time alarm
 * is gone once it fired, a repeating one is pending again a period later.
 */
async function firePending(worker: Awaited<ReturnType<typeof startWorker>>, deps?: PauseDeps) {
  const alarm = await pendingAlarm();
  if (!alarm) throw new Error('no alarm pending');
  vi.setSystemTime(alarm.scheduledTime);
  const { periodInMinutes } = alarm;
  if (periodInMinutes === undefined) await fakeBrowser.alarms.clear(alarm.name);
  else {
    await fakeBrowser.alarms.create(alarm.name, {
      when: alarm.scheduledTime + periodInMinutes * 60_000,
      periodInMinutes,
    });
  }
  return worker.handleAlarm(alarm, (event) => worker.applyPauseEvent(event, deps));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  fakeBrowser.reset();
  await clear(getDatabase());
  completeFakeBrowser();
  vi.setSystemTime(monday(10));
  await savePreferences(DEFAULT_PREFERENCES);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a worker stopped while it handles a pause alarm', () => {
  const steps: (keyof PauseDeps)[] = [
    'loadPreferences',
    'loadState',
    'isIdle',
    'drawCardId',
    'announce',
    'commit',
    'armAlarm',
  ];

  it.each(steps)('at "%s": an alarm is still pending, and the pause comes once', async (step) => {
    const first = await startWorker();
    await first.applyPauseEvent({ type: 'started' });
    const dueMs = monday(10, 30);
    expect((await pendingAlarm())?.scheduledTime).toBe(dueMs);

    // The worker is stopped at this step: it never goes on.
    const stopped = stopAt(first, step);
    void firePending(first, stopped.deps);
    await stopped.reached;
    expect((await pendingAlarm())?.scheduledTime).toBeGreaterThan(dueMs);

    // The browser starts a new worker for the alarm that is pending.
    const second = await startWorker();
    await firePending(second);
    expect(await loadPauseState(Date.now())).toMatchObject({
      phase: { kind: 'delivered', dueAtMs: dueMs },
      plan: { atMs: monday(11) },
    });
    expect(await loadPauseLog()).toEqual([]);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual(['pause']);
    expect((await pendingAlarm())?.scheduledTime).toBe(monday(11));
  });
});

describe('a worker that starts', () => {
  it('sets the alarm again when none is pending (the browser dropped it)', async () => {
    const first = await startWorker();
    await first.applyPauseEvent({ type: 'started' });
    await fakeBrowser.alarms.clearAll();
    const second = await startWorker();
    await second.applyPauseEvent({ type: 'woke' });
    expect((await pendingAlarm())?.scheduledTime).toBe(monday(10, 30));
  });

  it('brings a pause due with no alarm, on time rather than missed', async () => {
    const first = await startWorker();
    await first.applyPauseEvent({ type: 'started' });
    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(monday(10, 31));
    const second = await startWorker();
    await second.applyPauseEvent({ type: 'woke' });
    await firePending(second);
    expect((await loadPauseState(Date.now()))?.phase).toMatchObject({ kind: 'delivered' });
  });

  it('plans from preferences stored while no worker heard of them', async () => {
    const first = await startWorker();
    await first.applyPauseEvent({ type: 'started' });
    vi.setSystemTime(monday(10, 5));
    // The settings stored 7 minutes; the message was lost with the worker that got it.
    await savePreferences({ ...DEFAULT_PREFERENCES, intervalMinutes: 7 });
    const second = await startWorker();
    await second.applyPauseEvent({ type: 'woke' });
    expect((await pendingAlarm())?.scheduledTime).toBe(monday(10, 12));
  });

  it('leaves an alarm pending when the stored plan is junk, and plans afresh', async () => {
    await set(
      'pause-state',
      { schemaVersion: 1, state: { phase: { kind: 'paused', untilMs: 1e20 }, anchorMs: 1e20 } },
      getDatabase(),
    );
    const worker = await startWorker();
    await worker.applyPauseEvent({ type: 'woke' });
    expect((await pendingAlarm())?.scheduledTime).toBe(monday(10, 30));
  });
});

describe('one pause, one line in the history', () => {
  const send = async (worker: Awaited<ReturnType<typeof startWorker>>, message: unknown) =>
    worker.handleMessage(message);

  it('adds one line for "Klaar" on two pages of the same pause', async () => {
    const worker = await startWorker();
    await worker.applyPauseEvent({ type: 'started' });
    const pageA = (await send(worker, { type: 'pause-opened' })) as { startedAtMs: number };
    const pageB = (await send(worker, { type: 'pause-opened' })) as { startedAtMs: number };
    expect(pageB.startedAtMs).toBe(pageA.startedAtMs);
    vi.setSystemTime(monday(10, 2));
    await send(worker, { type: 'pause-finished', note: 'Van A.', startedAtMs: pageA.startedAtMs });
    const anchoredAt = (await loadPauseState(Date.now()))?.anchorMs;
    vi.setSystemTime(monday(10, 3));
    await send(worker, { type: 'pause-finished', note: 'Van B.', startedAtMs: pageB.startedAtMs });
    expect(await loadPauseLog()).toEqual([
      expect.objectContaining({ outcome: 'taken', note: 'Van A.\n\nVan B.', atMs: monday(10, 2) }),
    ]);
    expect((await loadPauseState(Date.now()))?.anchorMs).toBe(anchoredAt);
  });

  it('adds one line when "Klaar" is sent again after its answer was lost', async () => {
    const first = await startWorker();
    await first.applyPauseEvent({ type: 'started' });
    const opened = (await send(first, { type: 'pause-opened' })) as { startedAtMs: number };
    const finished = { type: 'pause-finished', note: 'Eén keer.', startedAtMs: opened.startedAtMs };
    // The write landed; the worker stopped before it could answer.
    const cutOff = stopAt(first, 'armAlarm');
    void first.applyPauseEvent(finished as never, cutOff.deps);
    await cutOff.reached;
    expect(await loadPauseLog()).toHaveLength(1);
    const second = await startWorker();
    expect(await send(second, finished)).toMatchObject({ state: { phase: { kind: 'waiting' } } });
    expect(await loadPauseLog()).toHaveLength(1);
  });

  it('refuses a note when the history holds every note it takes, and stores nothing', async () => {
    const { NOTES_LIMIT } = await import('@/utils/core/pause-log');
    const notes = Array.from({ length: NOTES_LIMIT }, (_, index) => ({
      outcome: 'taken',
      atMs: index,
      cardId: null,
      note: `n${index}`,
    }));
    await set('pause-log', { schemaVersion: 1, entries: notes }, getDatabase());
    const worker = await startWorker();
    await worker.applyPauseEvent({ type: 'started' });
    const before = await loadPauseState(Date.now());
    expect(
      await send(worker, { type: 'pause-finished', note: 'Nog één.', startedAtMs: null }),
    ).toEqual({ refused: 'notesFull' });
    expect(await loadPauseState(Date.now())).toEqual(before);
    expect(await loadPauseLog()).toHaveLength(NOTES_LIMIT);
    // Without a note the pause is still taken.
    await send(worker, { type: 'pause-finished', note: '', startedAtMs: null });
    expect(await loadPauseLog()).toHaveLength(NOTES_LIMIT + 1);
  });
});
