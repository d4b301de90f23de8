import { browser } from 'wxt/browser';
import type { PauseState } from '@/utils/core/pause-model';
import type { HeardEvent } from './heard-event';

/** The one alarm: the next pause. */
export const PAUSE_ALARM = 'pause';

/**
 * How soon the alarm goes off again, in minutes, when it went off and no worker handled it (the
 * worker was stopped first, or the event never reached it): the alarm repeats until it is set
 * for the next pause, so one is always pending. Half a minute, the shortest a packed extension
 * may ask for, and shorter than the shortest natural break: the pause is late, not missed.
 * https://developer.chrome.com/docs/extensions/reference/api/alarms#method-create
 */
export const ALARM_REPEAT_MINUTES = 0.5;

export type Alarms = Pick<typeof browser.alarms, 'create' | 'clear' | 'get'>;

/**
 * Sets the one alarm for the state's next pause (replacing any other), or clears it when no pause
 * fits the active hours. The alarm is the only timer: the worker may be stopped at any moment.
 * It repeats until the next event sets it anew: a browser removes an alarm that fired, and a
 * worker stopped before it handled the event would otherwise leave none pending.
 */
export async function armPauseAlarm(state: PauseState, alarms: Alarms = browser.alarms) {
  const atMs = state.plan?.atMs ?? null;
  if (atMs === null) await alarms.clear(PAUSE_ALARM);
  else {
    await alarms.create(PAUSE_ALARM, {
      when: atMs,
      periodInMinutes: ALARM_REPEAT_MINUTES,
    });
  }
}

/**
 * Sets the alarm for the state's next pause where none is pending, or only a later one: what a
 * worker does when it starts, so a lost alarm never loses the schedule. An earlier one stays (it
 * finds its pause not due yet, and sets the right one).
 */
export async function ensurePauseAlarm(state: PauseState, alarms: Alarms = browser.alarms) {
  const atMs = state.plan?.atMs ?? null;
  if (atMs === null) return;
  const pending = await alarms.get(PAUSE_ALARM);
  if (!pending || pending.scheduledTime > atMs) await armPauseAlarm(state, alarms);
}

/**
 * The pause alarm went off: the pause state decides whether a pause is due. Others are not ours.
 * The alarm repeats meanwhile (see armPauseAlarm), so a stop at any await leaves it pending.
 */
export async function handleAlarm(
  alarm: { name: string },
  apply: (event: HeardEvent) => Promise<unknown>,
): Promise<void> {
  if (alarm.name !== PAUSE_ALARM) return;
  await apply({ type: 'alarm' });
}
