import type { BusyHold, BusySignals } from './busy';
import type { Preferences } from './preferences';

// The vocabulary of pauses, in one place: where a pause stands (its phase), what the background
// keeps (the state), what can happen (events), when the next pause comes (the plan), and what a
// transition asks of the background (its effects). Types and constants only, and what they need.

/** Why the next pause comes when it does; the popup turns this into words. */
export type PlanReason =
  /** One interval after the last pause, or after the return from a natural break. */
  | 'interval'
  /** A snooze ends. */
  | 'snoozeEnds'
  /** One interval after the active hours open (they are closed now, or the interval ran past them). */
  | 'windowOpens'
  /** Its time has passed while nothing could be delivered (the user was briefly away): it comes now. */
  | 'dueNow'
  /** The user is away: the pause waits for their return, and the alarm looks again an interval later. */
  | 'away'
  /** The pause is due but waits (a call, a full-screen window): the alarm looks again soon. */
  | 'busy';

/** Every reason a stored plan may give (a stored one is checked against these). */
export const PLAN_REASONS: readonly (PlanReason | 'noActiveHours')[] = [
  'interval',
  'snoozeEnds',
  'windowOpens',
  'dueNow',
  'away',
  'busy',
  'noActiveHours',
];

export type Plan =
  | { atMs: number; reason: PlanReason }
  /** No pause fits: the active hours are never as long as one interval. */
  | { atMs: null; reason: 'noActiveHours' };

/** Where the current pause stands: one of these, never a mix of flags. */
export type PausePhase =
  /** Waiting for the next pause, which comes an interval after the anchor. */
  | { kind: 'waiting' }
  /**
   * A pause was announced and not answered yet; it is missed when the next one comes. `quietly`:
   * by the dot on the toolbar button alone, after it waited its longest for a call to end.
   */
  | { kind: 'delivered'; dueAtMs: number; cardId: string | null; quietly?: boolean }
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
  /** The pause due that waits for a call or a full-screen window to end; absent when none does. */
  held?: BusyHold;
  /**
   * The next pause as the planner made it: when the alarm is set for, and why. Null when no
   * stored plan can be believed: the background plans again when it next wakes.
   */
  plan: Plan | null;
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
  /**
   * The pause alarm went off; `isIdle` says whether the user is idle or away right now, `busy`
   * what the browser shows (a call, a full-screen window, sound); absent: nothing.
   */
  | { type: 'alarm'; isIdle: boolean; busy?: BusySignals }
  /** The pause page opened (from the notification, the popup, the shortcut or the small window). */
  | { type: 'pause-opened' }
  /**
   * "Klaar" on the pause page. `startedAtMs` names the pause (when it began, if the page knows);
   * `isRepeat` says the history already holds it: "Klaar" on a second page of it, or a retry.
   */
  | { type: 'pause-finished'; note: string; startedAtMs?: number | null; isRepeat?: boolean }
  /** "Later": the pause comes again in so many minutes. */
  | { type: 'pause-snoozed'; minutes: SnoozeMinutes }
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

/**
 * What the background must do after a transition, in the order given; it decides nothing itself.
 * - `draw-card`: the pause needs its card: draw one from the bag, and set it with `setPauseCard`.
 * - `announce`: a pause is due: announce it, the way the user chose. Before `store`: a worker
 *   stopped between the two announces the same pause again, and never loses it.
 * - `store`: store the state and add the logged lines to the history, in one transaction.
 * - `set-alarm`: set the alarm for the plan; `heal-alarm`: set it only where none is pending.
 * - `withdraw`: the pause announced was answered: take the announcement back.
 */
export type Effect = 'draw-card' | 'announce' | 'store' | 'set-alarm' | 'heal-alarm' | 'withdraw';

export interface Transition {
  state: PauseState;
  /** What to add to the history. */
  logged: PauseLogEntry[];
  effects: Effect[];
}

/** For the end of an exhaustive switch: the compiler says which case is missing. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected ${JSON.stringify(value)}`);
}
