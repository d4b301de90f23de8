import { browser } from 'wxt/browser';
import type { PauseState } from '@/utils/pause-state';
import { applyPauseEvent } from './pauses';

/** The one alarm: the next pause. */
export const PAUSE_ALARM = 'pause';

export type Alarms = Pick<typeof browser.alarms, 'create' | 'clear'>;

/**
 * Sets the one alarm for the state's next pause (replacing any other), or clears it when no pause
 * fits the active hours. The alarm is the only timer: the worker may be stopped at any moment.
 */
export async function armPauseAlarm(state: PauseState, alarms: Alarms = browser.alarms) {
  if (state.nextPauseAtMs === null) await alarms.clear(PAUSE_ALARM);
  else await alarms.create(PAUSE_ALARM, { when: state.nextPauseAtMs });
}

/** The pause alarm went off: the pause state decides whether a pause is due. Others are not ours. */
export async function handleAlarm(
  alarm: { name: string },
  apply: typeof applyPauseEvent = applyPauseEvent,
): Promise<void> {
  if (alarm.name !== PAUSE_ALARM) return;
  await apply({ type: 'alarm' });
}
