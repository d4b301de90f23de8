import { findActiveWindow, getTomorrowStartMs } from './active-hours';
import { decideAnnouncement, NOT_BUSY } from './busy';
import {
  assertNever,
  type Effect,
  IDLE_DETECTION_SECONDS,
  type PauseEvent,
  type PauseLogEntry,
  type PauseState,
  type Transition,
} from './pause-model';
import { settle, withPlan } from './pause-state';
import { listChangedFields, type Preferences } from './preferences';
import { MS_PER_MINUTE } from './schedule';

/** The state without a pause held for a call: it was announced, or another phase began. */
function withoutHold(state: PauseState): PauseState {
  if (!state.held) return state;
  const { held, ...rest } = state;
  return rest;
}

/** When the plan a state was made with said the next pause comes; null when it said none. */
const plannedAtMs = (state: PauseState) => state.plan?.atMs ?? null;

/**
 * The one transition function: the state after `event` at `nowMs`, with its next pause planned,
 * and what the background must do about it. Pure; the background loads the state, calls this,
 * carries out the effects and stores the result.
 */
export function transition(
  previous: PauseState,
  event: PauseEvent,
  preferences: Preferences,
  nowMs: number,
): Transition {
  const intervalMs = preferences.intervalMinutes * MS_PER_MINUTE;
  const breakMs = preferences.naturalBreakMinutes * MS_PER_MINUTE;
  const logged: PauseLogEntry[] = [];
  let isDelivery = false;
  let state: PauseState = settle(previous, nowMs);
  // Preferences that changed since the last plan, whether or not a message said so.
  const changedFields = new Set(
    previous.plannedWith ? listChangedFields(previous.plannedWith, preferences) : [],
  );
  if (event.type === 'preferences-changed') {
    for (const field of event.changedFields) changedFields.add(field);
  }
  if (changedFields.size > 0) {
    // A new interval starts afresh; so does a change that brings back a pause long overdue.
    if (changedFields.has('intervalMinutes') || state.anchorMs + intervalMs < nowMs) {
      state = { ...state, anchorMs: nowMs };
    }
  }
  /** A pause announced (or opened) and never answered is missed. */
  const missUnanswered = () => {
    const { phase } = state;
    if (phase.kind === 'delivered') logged.push({ outcome: 'missed', atMs: phase.dueAtMs });
    if (phase.kind === 'taking') logged.push({ outcome: 'missed', atMs: phase.sinceMs });
  };
  /** A fresh start: nothing pending, the interval counts from now. */
  const restart = () => {
    state = { ...withoutHold(state), phase: { kind: 'waiting' }, anchorMs: nowMs };
  };

  switch (event.type) {
    case 'started': {
      // Whatever was on screen (a notification, the pause page) may be gone with the browser.
      missUnanswered();
      const dueMs = plannedAtMs(previous);
      const wasLate = dueMs !== null && nowMs - dueMs > breakMs;
      if (wasLate && state.phase.kind !== 'paused') {
        // Missed while the browser was closed: none comes late; the time away was a break.
        logged.push({ outcome: 'missed', atMs: dueMs });
        restart();
      } else if (state.phase.kind === 'delivered' || state.phase.kind === 'taking') restart();
      state = { ...state, idleSinceMs: null };
      break;
    }
    case 'alarm': {
      const dueMs = plannedAtMs(previous);
      // Early, or a second firing of an alarm already handled: its pause is not due.
      if (dueMs === null || nowMs < dueMs) break;
      if (event.isIdle) {
        // Nothing is announced to an empty chair; the return decides what comes next.
        state = { ...state, idleSinceMs: state.idleSinceMs ?? nowMs };
        break;
      }
      // A call, a full-screen window: the pause waits, and looks again soon (schedule.ts).
      const decision = decideAnnouncement(
        event.busy ?? NOT_BUSY,
        preferences,
        state.phase.kind === 'waiting' ? (state.held ?? null) : null,
        nowMs,
      );
      if (decision.kind === 'wait') {
        missUnanswered();
        state = findActiveWindow(preferences, decision.untilMs)
          ? { ...state, phase: { kind: 'waiting' }, held: decision.hold }
          : // The active hours end before the call: this pause is let go, and the next comes an
            // interval after they open again. Nothing is announced after hours.
            { ...withoutHold(state), phase: { kind: 'waiting' }, anchorMs: nowMs };
        break;
      }
      missUnanswered();
      if (nowMs - dueMs > breakMs) {
        // Far too late (the computer slept): the time away was a break, not a debt.
        logged.push({ outcome: 'missed', atMs: dueMs });
        restart();
        break;
      }
      state = {
        ...withoutHold(state),
        phase: {
          kind: 'delivered',
          dueAtMs: dueMs,
          cardId: null,
          ...(decision.quietly ? { quietly: true } : {}),
        },
        // The next counts from when this one was due, unless that makes it due already: then
        // from now, so a late alarm brings one pause, not two in a row (at most one catch-up).
        anchorMs: dueMs + intervalMs > nowMs ? dueMs : nowMs,
        idleSinceMs: null,
      };
      isDelivery = true;
      break;
    }
    case 'pause-opened': {
      // A pause taken while reminders are paused leaves them paused until they were meant to resume.
      if (state.phase.kind === 'taking' || state.phase.kind === 'paused') break;
      const cardId = state.phase.kind === 'delivered' ? state.phase.cardId : null;
      state = { ...state, phase: { kind: 'taking', sinceMs: nowMs, cardId } };
      break;
    }
    case 'pause-finished': {
      const { phase } = state;
      const startedAtMs =
        event.startedAtMs ?? (phase.kind === 'taking' ? phase.sinceMs : undefined);
      const isThisPause = phase.kind === 'taking' && phase.sinceMs === startedAtMs;
      logged.push({
        outcome: 'taken',
        atMs: nowMs,
        cardId: isThisPause ? phase.cardId : null,
        note: event.note,
        ...(startedAtMs === undefined ? {} : { startedAtMs }),
      });
      // Taken once already (a second page, a retry): the history merges the line, and the
      // schedule stays where the first "Klaar" put it.
      if (event.isRepeat) break;
      if (phase.kind === 'paused') state = { ...state, anchorMs: nowMs };
      else restart();
      break;
    }
    case 'pause-snoozed':
      // "Later" on a page open from before reminders were paused: they stay paused.
      if (state.phase.kind === 'paused') break;
      state = {
        ...state,
        phase: { kind: 'snoozed', untilMs: nowMs + event.minutes * MS_PER_MINUTE },
      };
      break;
    case 'reminders-paused': {
      const untilMs =
        event.span === 'hour' ? nowMs + 60 * MS_PER_MINUTE : getTomorrowStartMs(preferences, nowMs);
      state = { ...state, phase: { kind: 'paused', untilMs } };
      break;
    }
    case 'reminders-resumed':
      if (state.phase.kind === 'paused' || state.phase.kind === 'snoozed') restart();
      break;
    case 'idle-changed': {
      if (event.idleState !== 'active') {
        const sinceMs = event.idleState === 'idle' ? nowMs - IDLE_DETECTION_SECONDS * 1000 : nowMs;
        state = { ...state, idleSinceMs: Math.min(state.idleSinceMs ?? sinceMs, sinceMs) };
        break;
      }
      if (state.idleSinceMs === null) break;
      const awayMs = nowMs - state.idleSinceMs;
      state = { ...state, idleSinceMs: null };
      if (awayMs >= breakMs) {
        // A natural break counts as a pause taken; reminders paused stay paused.
        logged.push({ outcome: 'natural-break', atMs: nowMs, awayMs });
        if (state.phase.kind === 'paused') state = { ...state, anchorMs: nowMs };
        else restart();
      }
      break;
    }
    case 'preferences-changed':
      // Handled above, with any change the background was not told of.
      break;
    case 'woke':
      // A pause due keeps its due time: the alarm for it decides (on time, or missed). Anything
      // else is planned again, which changes nothing when the plan is up to date.
      if (changedFields.size === 0 && (plannedAtMs(previous) ?? Infinity) <= nowMs) {
        return { state: previous, logged, effects: ['heal-alarm'] };
      }
      break;
    default:
      return assertNever(event);
  }
  state = withPlan(state, preferences, nowMs);
  // Only a pause that waits for its announcement is held; one whose plan no longer waits (it was
  // announced or taken, another phase began, the active hours ended during the call) is let go.
  if (state.plan?.reason !== 'busy') state = withoutHold(state);
  return { state, logged, effects: listEffects(previous, state, event, isDelivery) };
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
