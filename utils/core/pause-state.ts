import { getTomorrowStartMs } from './active-hours';
import { listChangedFields, type Preferences } from './preferences';
import { MS_PER_MINUTE, type PlanReason, planNextPause } from './schedule';

/** Where the current pause stands: one of these, never a mix of flags. */
export type PausePhase =
  /** Waiting for the next pause, which comes an interval after the anchor. */
  | { kind: 'waiting' }
  /** A pause was announced and not answered yet; it is missed when the next one comes. */
  | { kind: 'delivered'; dueAtMs: number; cardId: string | null }
  /** The pause page is open. */
  | { kind: 'taking'; sinceMs: number; cardId: string | null }
  /** "Later": the pause comes again when the snooze ends. */
  | { kind: 'snoozed'; untilMs: number }
  /** Reminders are paused (for an hour, or until tomorrow) and resume by themselves. */
  | { kind: 'paused'; untilMs: number };

export type PhaseKind = PausePhase['kind'];

/** Everything the background keeps between wake-ups: it holds nothing that matters in memory. */
export interface PauseState {
  phase: PausePhase;
  /** The interval counts from here: the last pause, or the return from a natural break. */
  anchorMs: number;
  /** Since when the user has been idle or away (screen locked); null while they are here. */
  idleSinceMs: number | null;
  /** When the alarm is set for: the next pause, or null when none fits the active hours. */
  nextPauseAtMs: number | null;
  /** Why it comes then, for the popup's status. */
  nextReason: PlanReason | 'noActiveHours';
  /**
   * The preferences the plan was made with, when known. A change the background was not told of
   * (its message lost with a stopped worker) is found by comparing, at any event.
   */
  plannedWith?: Preferences;
}

/** How long snoozes may be ("Later"), in minutes. */
export const SNOOZE_MINUTES = [5, 10, 15] as const;
export type SnoozeMinutes = (typeof SNOOZE_MINUTES)[number];

/** How long reminders may be paused: an hour, or until the active hours open tomorrow. */
export const PAUSE_SPANS = ['hour', 'tomorrow'] as const;
export type PauseSpan = (typeof PAUSE_SPANS)[number];

/**
 * How long without input before the browser reports the user idle. Short, so no pause pops up
 * while someone has stepped away; how long counts as a natural break is a preference.
 */
export const IDLE_DETECTION_SECONDS = 60;

/** Something that happened; each handler of the background turns its event into one of these. */
export type PauseEvent =
  /** The extension was installed, updated, or the browser started. */
  | { type: 'started' }
  /** The pause alarm went off; `isIdle` says whether the user is idle or away right now. */
  | { type: 'alarm'; isIdle: boolean }
  /** The pause page opened (from the notification, the popup, the shortcut or the small window). */
  | { type: 'pause-opened' }
  /**
   * "Klaar" on the pause page. `startedAtMs` names the pause (when it began, if the page knows);
   * `isRepeat` says the history already holds it: "Klaar" on a second page of it, or a retry.
   */
  | { type: 'pause-finished'; note: string; startedAtMs?: number | null; isRepeat?: boolean }
  | { type: 'snoozed'; minutes: SnoozeMinutes }
  | { type: 'reminders-paused'; span: PauseSpan }
  | { type: 'reminders-resumed' }
  | { type: 'idle-changed'; idleState: 'active' | 'idle' | 'locked' }
  | { type: 'preferences-changed'; changedFields: readonly (keyof Preferences)[] }
  /** The worker started: a plan made with older preferences, or none, is made again. */
  | { type: 'woke' };

/** One line of the pause history. */
export type PauseLogEntry =
  | {
      outcome: 'taken';
      atMs: number;
      cardId: string | null;
      note: string;
      /** When the pause began: it names the pause, so one pause is one line. */
      startedAtMs?: number;
    }
  | { outcome: 'missed'; atMs: number }
  /** Idle time at least the natural-break threshold: it counts as a pause taken. */
  | { outcome: 'natural-break'; atMs: number; awayMs: number };

export interface Transition {
  state: PauseState;
  /** True when a pause is due now: the background announces it (and sets its card). */
  isDelivery: boolean;
  /** What to add to the history. */
  logged: PauseLogEntry[];
}

/** The state of a fresh install: the interval counts from now. */
export function createPauseState(preferences: Preferences, nowMs: number): PauseState {
  return withPlan(
    {
      phase: { kind: 'waiting' },
      anchorMs: nowMs,
      idleSinceMs: null,
      nextPauseAtMs: null,
      plannedWith: preferences,
    },
    preferences,
    nowMs,
  );
}

/**
 * The one transition function: the state after `event` at `nowMs`, with its next pause planned.
 * Pure; the background loads the state, calls this, stores the result and sets the alarm.
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
  let state: Omit<PauseState, 'nextReason'> = settle(previous, nowMs);
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
    if (state.phase.kind === 'delivered')
      logged.push({ outcome: 'missed', atMs: state.phase.dueAtMs });
    if (state.phase.kind === 'taking')
      logged.push({ outcome: 'missed', atMs: state.phase.sinceMs });
  };
  /** A fresh start: nothing pending, the interval counts from now. */
  const restart = () => {
    state = { ...state, phase: { kind: 'waiting' }, anchorMs: nowMs };
  };

  switch (event.type) {
    case 'started': {
      // Whatever was on screen (a notification, the pause page) may be gone with the browser.
      missUnanswered();
      const dueMs = previous.nextPauseAtMs;
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
      const dueMs = previous.nextPauseAtMs;
      // Early, or a second firing of an alarm already handled: its pause is not due.
      if (dueMs === null || nowMs < dueMs) break;
      if (event.isIdle) {
        // Nothing is announced to an empty chair; the return decides what comes next.
        state = { ...state, idleSinceMs: state.idleSinceMs ?? nowMs };
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
        ...state,
        phase: { kind: 'delivered', dueAtMs: dueMs, cardId: null },
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
    case 'snoozed':
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
      if (
        changedFields.size === 0 &&
        previous.nextPauseAtMs !== null &&
        previous.nextPauseAtMs <= nowMs
      ) {
        return { state: previous, isDelivery, logged };
      }
      break;
  }
  return { state: withPlan(state, preferences, nowMs), isDelivery, logged };
}

/** Reminders paused until a time now past are on again, counting from when the pause ended. */
function settle(state: PauseState, nowMs: number): PauseState {
  if (state.phase.kind === 'paused' && state.phase.untilMs <= nowMs) {
    return { ...state, phase: { kind: 'waiting' }, anchorMs: state.phase.untilMs };
  }
  return state;
}

/** The state with its next pause planned. */
function withPlan(
  state: Omit<PauseState, 'nextReason'>,
  preferences: Preferences,
  nowMs: number,
): PauseState {
  const full: PauseState = { ...state, nextReason: 'interval', plannedWith: preferences };
  const plan = planNextPause(preferences, full, nowMs);
  return { ...full, nextPauseAtMs: plan.atMs, nextReason: plan.reason };
}
