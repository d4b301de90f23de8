import { findActiveWindow, listActiveWindows } from './active-hours';
import { getNextLookMs } from './busy';
import { assertNever, type PauseState, type Plan, type PlanReason } from './pause-model';
import type { Preferences } from './preferences';

export const MS_PER_MINUTE = 60_000;

/**
 * When the next pause comes, and why. Pure: a function of the preferences, the pause state and
 * `nowMs`. The interval counts from the state's anchor (the last pause, or the return from a
 * natural break); a snooze ends when it ends; reminders paused resume an interval after the pause
 * ends. The result is never in the past, never before a snooze or a pause of reminders ends, and
 * always inside the active hours: a time outside them moves to one interval after they next open.
 */
export function planNextPause(preferences: Preferences, state: PauseState, nowMs: number): Plan {
  const intervalMs = preferences.intervalMinutes * MS_PER_MINUTE;
  let earliestMs: number;
  let reason: PlanReason = 'interval';
  const { phase } = state;
  if (phase.kind === 'waiting' && state.held && state.idleSinceMs === null) {
    // A pause due waits for a call to end: it looks again in a minute, up to its longest wait,
    // while the active hours last (transition.ts lets it go when they end first).
    const lookMs = getNextLookMs(state.held.sinceMs, nowMs);
    if (findActiveWindow(preferences, lookMs)) return { atMs: lookMs, reason: 'busy' };
  }
  switch (phase.kind) {
    case 'snoozed':
      earliestMs = phase.untilMs;
      reason = 'snoozeEnds';
      break;
    case 'paused':
      earliestMs = phase.untilMs + intervalMs;
      break;
    case 'taking':
      // As if the pause ends when its breathing guide does; "Klaar" plans again from then.
      earliestMs = phase.sinceMs + preferences.pauseSeconds * 1000 + intervalMs;
      break;
    case 'waiting':
    case 'delivered':
      earliestMs = state.anchorMs + intervalMs;
      break;
    default:
      return assertNever(phase);
  }
  if (state.idleSinceMs !== null && earliestMs < nowMs + intervalMs) {
    earliestMs = nowMs + intervalMs;
    reason = 'away';
  } else if (earliestMs < nowMs) {
    earliestMs = nowMs;
    reason = 'dueNow';
  }
  for (const window of listActiveWindows(preferences, earliestMs)) {
    if (window.endMs < earliestMs) continue;
    if (window.startMs <= earliestMs) return { atMs: earliestMs, reason };
    const openingMs = window.startMs + intervalMs;
    if (openingMs <= window.endMs) return { atMs: openingMs, reason: 'windowOpens' };
  }
  return { atMs: null, reason: 'noActiveHours' };
}
