import type { PauseState } from './pause-model';
import type { Preferences } from './preferences';
import { planNextPause } from './schedule';

// A pause state as it begins, and as the background completes it. How it changes with each
// event is transition.ts's.

/** The state of a fresh install: the interval counts from now. */
export function createPauseState(preferences: Preferences, nowMs: number): PauseState {
  return withPlan(
    { phase: { kind: 'waiting' }, anchorMs: nowMs, idleSinceMs: null, plan: null },
    preferences,
    nowMs,
  );
}

/** The pause due, or begun, with its card: the one the background drew for it. */
export function setPauseCard(state: PauseState, cardId: string | null): PauseState {
  const { phase } = state;
  return phase.kind === 'delivered' || phase.kind === 'taking'
    ? { ...state, phase: { ...phase, cardId } }
    : state;
}

/** The state with its next pause planned, and the preferences it was planned with. */
export function withPlan(state: PauseState, preferences: Preferences, nowMs: number): PauseState {
  return { ...state, plan: planNextPause(preferences, state, nowMs), plannedWith: preferences };
}

/** Reminders paused until a time now past are on again, counting from when the pause ended. */
export function settle(state: PauseState, nowMs: number): PauseState {
  if (state.phase.kind === 'paused' && state.phase.untilMs <= nowMs) {
    return { ...state, phase: { kind: 'waiting' }, anchorMs: state.phase.untilMs };
  }
  return state;
}
