import { browser } from 'wxt/browser';
import type { PauseState } from '@/utils/pause-state';
import type { HeardEvent } from './pauses';

/** The one alarm: the next pause. */
export const PAUSE_ALARM = 'pause';

/**
 * How soon an alarm that went off goes off again should the worker be stopped before it has
 * handled it: 30 s, the shortest a packed extension may ask for. Shorter than the shortest
 * natural break (a minute), so the pause is still on time then, not missed.
 * https://developer.chrome.com/docs/extensions/reference/api/alarms#method-create
 */
export const ALARM_RETRY_MS = 30_000;

export type Alarms = Pick<typeof browser.alarms, 'create' | 'clear' | 'get'>;

/**
 * Sets the one alarm for the state's next pause (replacing any other), or clears it when no pause
 * fits the active hours. The alarm is the only timer: the worker may be stopped at any moment.
 */
export async function armPauseAlarm(state: PauseState, alarms: Alarms = browser.alarms) {
  if (state.nextPauseAtMs === null) await alarms.clear(PAUSE_ALARM);
  else await alarms.create(PAUSE_ALARM, { when: state.nextPauseAtMs });
}

/**
 * Sets the alarm for the state's next pause where none is pending, or only a later one: what a
 * worker does when it starts, so a lost alarm never loses the schedule. An earlier one stays (it
 * finds its pause not due yet, and sets the right one).
 */
export async function ensurePauseAlarm(state: PauseState, alarms: Alarms = browser.alarms) {
  if (state.nextPauseAtMs === null) return;
  const pending = await alarms.get(PAUSE_ALARM);
  if (!pending || pending.scheduledTime > state.nextPauseAtMs) await armPauseAlarm(state, alarms);
}

/**
 * The pause alarm went off: the pause state decides whether a pause is due. Others are not ours.
 * Before anything that the worker's stop can cut off, the alarm is set again a little later: the
 * one that went off is gone, and without it a stopped worker would leave no alarm pending. The
 * handled event replaces it with the next pause's.
 */
export async function handleAlarm(
  alarm: { name: string },
  apply: (event: HeardEvent) => Promise<unknown>,
  alarms: Alarms = browser.alarms,
  now: () => number = Date.now,
): Promise<void> {
  if (alarm.name !== PAUSE_ALARM) return;
  await alarms.create(PAUSE_ALARM, { when: now() + ALARM_RETRY_MS });
  await apply({ type: 'alarm' });
}
