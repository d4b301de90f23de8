import { findActiveWindow, getTomorrowStartMs } from './active-hours';
import { decideAnnouncement, NOT_BUSY } from './busy';
import {
  IDLE_DETECTION_SECONDS,
  type PauseEvent,
  type PauseLogEntry,
  type PauseState,
  type Transition,
} from './pause-model';
import type { Preferences } from './preferences';
import { MS_PER_MINUTE } from './schedule';

// What each event does to the pause state: one small handler an event, in one table, so adding an
// event is one entry and the compiler checks every event has one (transition.ts runs them).

/** What a handler is given: the event, the state as it stands, and the moment. */
export interface EventContext<E extends PauseEvent = PauseEvent> {
  event: E;
  /** The state before the event, as stored. */
  previous: PauseState;
  /** The state settled to now, its interval restarted by a change of preferences if need be. */
  state: PauseState;
  preferences: Preferences;
  nowMs: number;
  intervalMs: number;
  breakMs: number;
  /** The preferences changed since the last plan. */
  changedFields: ReadonlySet<keyof Preferences>;
}

/** What a handler makes of the event: the new state, the history's lines, and whether a pause is announced. */
export type EventStep =
  | { state: PauseState; logged?: PauseLogEntry[]; isDelivery?: boolean }
  /** Nothing to plan: the transition is this, as it is. */
  | { done: Transition };

/** The state without a pause held for a call: it was announced, or another phase began. */
export function withoutHold(state: PauseState): PauseState {
  if (!state.held) return state;
  const { held, ...rest } = state;
  return rest;
}

/** When the plan a state was made with said the next pause comes; null when it said none. */
const plannedAtMs = (state: PauseState) => state.plan?.atMs ?? null;

/** A pause announced (or opened) and never answered is missed. */
function missUnanswered({ phase }: PauseState): PauseLogEntry[] {
  if (phase.kind === 'delivered') return [{ outcome: 'missed', atMs: phase.dueAtMs }];
  if (phase.kind === 'taking') return [{ outcome: 'missed', atMs: phase.sinceMs }];
  return [];
}

/** A fresh start: nothing pending, the interval counts from now. */
const restart = (state: PauseState, nowMs: number): PauseState => ({
  ...withoutHold(state),
  phase: { kind: 'waiting' },
  anchorMs: nowMs,
});

/** The alarm of a due pause, not idle: announced, held for a call, or let go as too late. */
function announceDue(context: EventContext<Extract<PauseEvent, { type: 'alarm' }>>, dueMs: number) {
  const { event, state, preferences, nowMs } = context;
  // A call, a full-screen window: the pause waits, and looks again soon (schedule.ts).
  const decision = decideAnnouncement(
    event.busy ?? NOT_BUSY,
    preferences,
    state.phase.kind === 'waiting' ? (state.held ?? null) : null,
    nowMs,
  );
  const logged = missUnanswered(state);
  if (decision.kind === 'wait') {
    const held: PauseState = findActiveWindow(preferences, decision.untilMs)
      ? { ...state, phase: { kind: 'waiting' }, held: decision.hold }
      : // The active hours end before the call: this pause is let go, and the next comes an
        // interval after they open again. Nothing is announced after hours.
        { ...withoutHold(state), phase: { kind: 'waiting' }, anchorMs: nowMs };
    return { state: held, logged };
  }
  if (nowMs - dueMs > context.breakMs) {
    // Far too late (the computer slept): the time away was a break, not a debt.
    logged.push({ outcome: 'missed', atMs: dueMs });
    return { state: restart(state, nowMs), logged };
  }
  const delivered: PauseState = {
    ...withoutHold(state),
    phase: {
      kind: 'delivered',
      dueAtMs: dueMs,
      cardId: null,
      ...(decision.quietly ? { quietly: true } : {}),
    },
    // The next counts from when this one was due, unless that makes it due already: then from
    // now, so a late alarm brings one pause, not two in a row (at most one catch-up).
    anchorMs: dueMs + context.intervalMs > nowMs ? dueMs : nowMs,
    idleSinceMs: null,
  };
  return { state: delivered, logged, isDelivery: true };
}

type Handlers = {
  [T in PauseEvent['type']]: (context: EventContext<Extract<PauseEvent, { type: T }>>) => EventStep;
};

/** What each event does. */
export const EVENT_HANDLERS: Handlers = {
  started: ({ previous, state, nowMs, breakMs }) => {
    // Whatever was on screen (a notification, the pause page) may be gone with the browser.
    const logged = missUnanswered(state);
    const dueMs = plannedAtMs(previous);
    const wasLate = dueMs !== null && nowMs - dueMs > breakMs;
    let next = state;
    if (wasLate && state.phase.kind !== 'paused') {
      // Missed while the browser was closed: none comes late; the time away was a break.
      logged.push({ outcome: 'missed', atMs: dueMs });
      next = restart(state, nowMs);
    } else if (state.phase.kind === 'delivered' || state.phase.kind === 'taking') {
      next = restart(state, nowMs);
    }
    return { state: { ...next, idleSinceMs: null }, logged };
  },
  alarm: (context) => {
    const { previous, state, event, nowMs } = context;
    const dueMs = plannedAtMs(previous);
    // Early, or a second firing of an alarm already handled: its pause is not due.
    if (dueMs === null || nowMs < dueMs) return { state };
    // Nothing is announced to an empty chair; the return decides what comes next.
    if (event.isIdle) return { state: { ...state, idleSinceMs: state.idleSinceMs ?? nowMs } };
    return announceDue(context, dueMs);
  },
  'pause-opened': ({ state, nowMs }) => {
    // A pause taken while reminders are paused leaves them paused until they were meant to resume.
    if (state.phase.kind === 'taking' || state.phase.kind === 'paused') return { state };
    const cardId = state.phase.kind === 'delivered' ? state.phase.cardId : null;
    return { state: { ...state, phase: { kind: 'taking', sinceMs: nowMs, cardId } } };
  },
  'pause-finished': ({ event, state, nowMs }) => {
    const { phase } = state;
    const startedAtMs = event.startedAtMs ?? (phase.kind === 'taking' ? phase.sinceMs : undefined);
    const isThisPause = phase.kind === 'taking' && phase.sinceMs === startedAtMs;
    const logged: PauseLogEntry[] = [
      {
        outcome: 'taken',
        atMs: nowMs,
        cardId: isThisPause ? phase.cardId : null,
        note: event.note,
        ...(startedAtMs === undefined ? {} : { startedAtMs }),
      },
    ];
    // Taken once already (a second page, a retry): the history merges the line, and the
    // schedule stays where the first "Klaar" put it.
    if (event.isRepeat) return { state, logged };
    const next = phase.kind === 'paused' ? { ...state, anchorMs: nowMs } : restart(state, nowMs);
    return { state: next, logged };
  },
  // "Later" on a page open from before reminders were paused: they stay paused.
  'pause-snoozed': ({ event, state, nowMs }) =>
    state.phase.kind === 'paused'
      ? { state }
      : {
          state: {
            ...state,
            phase: { kind: 'snoozed', untilMs: nowMs + event.minutes * MS_PER_MINUTE },
          },
        },
  'reminders-paused': ({ event, state, preferences, nowMs }) => {
    const untilMs =
      event.span === 'hour' ? nowMs + 60 * MS_PER_MINUTE : getTomorrowStartMs(preferences, nowMs);
    return { state: { ...state, phase: { kind: 'paused', untilMs } } };
  },
  'reminders-resumed': ({ state, nowMs }) =>
    state.phase.kind === 'paused' || state.phase.kind === 'snoozed'
      ? { state: restart(state, nowMs) }
      : { state },
  'idle-changed': ({ event, state, nowMs, breakMs }) => {
    if (event.idleState !== 'active') {
      const sinceMs = event.idleState === 'idle' ? nowMs - IDLE_DETECTION_SECONDS * 1000 : nowMs;
      return { state: { ...state, idleSinceMs: Math.min(state.idleSinceMs ?? sinceMs, sinceMs) } };
    }
    if (state.idleSinceMs === null) return { state };
    const awayMs = nowMs - state.idleSinceMs;
    const back = { ...state, idleSinceMs: null };
    if (awayMs < breakMs) return { state: back };
    // A natural break counts as a pause taken; reminders paused stay paused.
    const next = back.phase.kind === 'paused' ? { ...back, anchorMs: nowMs } : restart(back, nowMs);
    return { state: next, logged: [{ outcome: 'natural-break', atMs: nowMs, awayMs }] };
  },
  // Handled before any event, with any change the background was not told of (transition.ts).
  'preferences-changed': ({ state }) => ({ state }),
  woke: ({ previous, state, changedFields, nowMs }) => {
    // A pause due keeps its due time: the alarm for it decides (on time, or missed). Anything
    // else is planned again, which changes nothing when the plan is up to date.
    if (changedFields.size === 0 && (plannedAtMs(previous) ?? Infinity) <= nowMs) {
      return { done: { state: previous, logged: [], effects: ['heal-alarm'] } };
    }
    return { state };
  },
};
