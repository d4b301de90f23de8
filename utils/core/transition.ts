import type { Effect, PauseEvent, PauseState, Transition } from './pause-model';
import { settle, withPlan } from './pause-state';
import { listChangedFields, type Preferences } from './preferences';
import { MS_PER_MINUTE } from './schedule';
import {
  EVENT_HANDLERS,
  type EventContext,
  type EventStep,
  withoutHold,
} from './transition-handlers';

/**
 * The one transition function: the state after `event` at `nowMs`, with its next pause planned,
 * and what the background must do about it. Pure; the background loads the state, calls this,
 * carries out the effects and stores the result. What each event does is its handler's
 * (transition-handlers.ts).
 */
export function transition(
  previous: PauseState,
  event: PauseEvent,
  preferences: Preferences,
  nowMs: number,
): Transition {
  const intervalMs = preferences.intervalMinutes * MS_PER_MINUTE;
  const breakMs = preferences.naturalBreakMinutes * MS_PER_MINUTE;
  let state: PauseState = settle(previous, nowMs);
  // Preferences that changed since the last plan, whether or not a message said so.
  const changedFields = new Set(
    previous.plannedWith ? listChangedFields(previous.plannedWith, preferences) : [],
  );
  if (event.type === 'preferences-changed') {
    for (const field of event.changedFields) changedFields.add(field);
  }
  // A new interval starts afresh; so does a change that brings back a pause long overdue.
  if (
    changedFields.size > 0 &&
    (changedFields.has('intervalMinutes') || state.anchorMs + intervalMs < nowMs)
  ) {
    state = { ...state, anchorMs: nowMs };
  }
  const handle = EVENT_HANDLERS[event.type] as (context: EventContext) => EventStep;
  const step = handle({
    event,
    previous,
    state,
    preferences,
    nowMs,
    intervalMs,
    breakMs,
    changedFields,
  });
  if ('done' in step) return step.done;
  let planned = withPlan(step.state, preferences, nowMs);
  // Only a pause that waits for its announcement is held; one whose plan no longer waits (it was
  // announced or taken, another phase began, the active hours ended during the call) is let go.
  if (planned.plan?.reason !== 'busy') planned = withoutHold(planned);
  return {
    state: planned,
    logged: step.logged ?? [],
    effects: listEffects(previous, planned, event, step.isDelivery === true),
  };
}

/** What the background must do after a transition from `previous` to `state`, in order. */
function listEffects(
  previous: PauseState,
  state: PauseState,
  event: PauseEvent,
  isDelivery: boolean,
): Effect[] {
  const { phase } = state;
  const effects: Effect[] = [];
  if ((phase.kind === 'delivered' || phase.kind === 'taking') && phase.cardId === null) {
    effects.push('draw-card');
  }
  if (isDelivery) effects.push('announce');
  effects.push('store', event.type === 'woke' ? 'heal-alarm' : 'set-alarm');
  if (previous.phase.kind === 'delivered' && phase.kind !== 'delivered') effects.push('withdraw');
  return effects;
}
