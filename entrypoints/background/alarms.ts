import { browser } from 'wxt/browser';
import { loadPreferences } from '@/utils/preferences-store';
import { planNextPauseAtMs } from '@/utils/schedule';
import { showPauseNotification } from './notifications';

/** The one alarm: the next pause. */
export const PAUSE_ALARM = 'pause';

export type Alarms = Pick<typeof browser.alarms, 'create' | 'get'>;

/** Plans the next pause from `nowMs` and sets the alarm for it; returns when it comes. */
export async function schedulePause(
  nowMs: number = Date.now(),
  alarms: Alarms = browser.alarms,
  load: typeof loadPreferences = loadPreferences,
): Promise<number> {
  const { preferences } = await load();
  const atMs = planNextPauseAtMs(preferences, nowMs);
  await alarms.create(PAUSE_ALARM, { when: atMs });
  return atMs;
}

/**
 * Keeps a pending pause as it is (a browser restart must not push it back), and plans one when
 * none is pending. Returns when the next pause comes.
 */
export async function ensurePauseScheduled(
  nowMs: number = Date.now(),
  alarms: Alarms = browser.alarms,
  load: typeof loadPreferences = loadPreferences,
): Promise<number> {
  const pending = await alarms.get(PAUSE_ALARM);
  if (pending) return pending.scheduledTime;
  return schedulePause(nowMs, alarms, load);
}

export interface AlarmDeps {
  notify: () => Promise<void>;
  reschedule: (nowMs: number) => Promise<number>;
}

/** A pause alarm announces the pause, then plans the next one. Other alarms are not ours. */
export async function handleAlarm(
  alarm: { name: string },
  nowMs: number = Date.now(),
  deps: AlarmDeps = { notify: showPauseNotification, reschedule: schedulePause },
): Promise<void> {
  if (alarm.name !== PAUSE_ALARM) return;
  await deps.notify();
  await deps.reschedule(nowMs);
}
