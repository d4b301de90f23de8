import { browser } from 'wxt/browser';
import { cards } from '@/assets/content/nl';
import { drawNextCard } from '@/utils/deck-store';
import { appendPauseLog } from '@/utils/pause-log';
import {
  createPauseState,
  IDLE_DETECTION_SECONDS,
  type PauseEvent,
  type PauseState,
  transition,
} from '@/utils/pause-state';
import { loadPauseState, savePauseState } from '@/utils/pause-store';
import type { Preferences } from '@/utils/preferences';
import { loadPreferences } from '@/utils/preferences-store';
import { armPauseAlarm } from './alarms';
import { announcePause, withdrawAnnouncement } from './notifications';

/** An event as the background hears it: an alarm does not know yet whether the user is idle. */
export type HeardEvent = Exclude<PauseEvent, { type: 'alarm' }> | { type: 'alarm' };

export interface PauseDeps {
  now: () => number;
  loadPreferences: () => Promise<Preferences>;
  /** True when the user is idle or the screen is locked. */
  isIdle: () => Promise<boolean>;
  /** Draws the card for a pause from the shared shuffle bag. */
  drawCardId: () => Promise<string | null>;
  armAlarm: (state: PauseState) => Promise<void>;
  announce: (cardId: string | null, preferences: Preferences) => Promise<void>;
  withdraw: () => Promise<void>;
}

const defaultDeps = (): PauseDeps => ({
  now: Date.now,
  loadPreferences: async () => (await loadPreferences()).preferences,
  isIdle: async () =>
    browser.idle !== undefined &&
    (await browser.idle.queryState(IDLE_DETECTION_SECONDS)) !== 'active',
  drawCardId: async () => (await drawNextCard(cards, Math.random)).card?.id ?? null,
  armAlarm: armPauseAlarm,
  announce: announcePause,
  withdraw: withdrawAnnouncement,
});

/** Events are handled one after another, so two never read and write the state at once. */
let turn: Promise<unknown> = Promise.resolve();

function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const result = turn.then(task, task);
  turn = result.catch(() => undefined);
  return result;
}

/**
 * Handles one event end to end: loads the preferences and the pause state, runs the transition,
 * draws the pause's card when it needs one, stores the state and the history, sets the alarm for
 * the next pause, and announces a due pause (or takes back one that was answered). Nothing is kept
 * in memory between events. Returns the new state.
 */
export function applyPauseEvent(
  event: HeardEvent,
  deps: PauseDeps = defaultDeps(),
): Promise<PauseState> {
  return inTurn(async () => {
    const nowMs = deps.now();
    const preferences = await deps.loadPreferences();
    const previous = (await loadPauseState(nowMs)) ?? createPauseState(preferences, nowMs);
    const heard: PauseEvent =
      event.type === 'alarm' ? { type: 'alarm', isIdle: await deps.isIdle() } : event;
    const result = transition(previous, heard, preferences, nowMs);
    let { state } = result;
    const { phase } = state;
    if ((phase.kind === 'delivered' || phase.kind === 'taking') && phase.cardId === null) {
      state = { ...state, phase: { ...phase, cardId: await deps.drawCardId() } };
    }
    await savePauseState(state);
    await appendPauseLog(result.logged);
    await deps.armAlarm(state);
    if (result.isDelivery && state.phase.kind === 'delivered') {
      await deps.announce(state.phase.cardId, preferences);
    } else if (previous.phase.kind === 'delivered' && state.phase.kind !== 'delivered') {
      await deps.withdraw();
    }
    return state;
  });
}
