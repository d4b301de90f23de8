import type { PauseState, Plan, PlanReason, Transition } from '@/utils/core/pause-model';

/** When the state's plan says the next pause comes; null when it says none, or holds no plan. */
export const nextOf = (state: PauseState): number | null => state.plan?.atMs ?? null;

/** Why the state's plan says it comes then ('interval' for a state that holds no plan). */
export const reasonOf = (state: PauseState) => state.plan?.reason ?? 'interval';

/** True when a transition announces a pause. */
export const isDelivery = (result: Transition): boolean => result.effects.includes('announce');

/**
 * A plan from a time and a reason, as fixtures write them: no time says no pause fits (with
 * 'noActiveHours') or that no plan is held (any other reason).
 */
export function planFrom(
  atMs: number | null,
  reason: PlanReason | 'noActiveHours' = 'interval',
): Plan | null {
  if (atMs === null) return reason === 'noActiveHours' ? { atMs, reason } : null;
  return { atMs, reason: reason === 'noActiveHours' ? 'interval' : reason };
}
