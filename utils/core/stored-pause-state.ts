import { BUSY_SIGNALS, type BusyHold, type BusySignal } from './busy';
import {
  type PausePhase,
  type PauseState,
  PLAN_REASONS,
  type Plan,
  type PlanReason,
} from './pause-model';
import { sanitizePreferences } from './preference-checks';
import { isRecord, isTime } from './stored-values';

// How the pause state is stored, and how a stored one is read: every field checked, every time
// believed only within reason.

/** The schema version of the stored pause state and of the stored history. */
export const PAUSE_STORE_SCHEMA_VERSION = 1;

/** The pause state as it is stored: in an envelope with its schema version. */
export function toStoredPauseState(state: PauseState) {
  return { schemaVersion: PAUSE_STORE_SCHEMA_VERSION, state };
}

/** A stored card id, or null when there is none. */
export const cardIdOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : null;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * How far ahead of now each stored time can lie; beyond it, the time is junk or from a clock
 * that ran fast, and it is not believed. A minute of slack for clocks that disagree a little.
 */
const AHEAD_MS = {
  /** What has happened (an anchor, a pause announced or begun, idleness) lies in the past. */
  past: MINUTE_MS,
  /** "Later" is 15 minutes at most. */
  snoozed: 16 * MINUTE_MS,
  /** "Until tomorrow" ends when the active hours next open: a week away at most. */
  paused: 8 * DAY_MS,
  /** The planner looks nine days ahead. */
  plan: 10 * DAY_MS,
} as const;

/** A stored time no further ahead of `nowMs` than `aheadMs`, or null. */
function timeUpTo(value: unknown, nowMs: number, aheadMs: number): number | null {
  return isTime(value) && value <= nowMs + aheadMs ? value : null;
}

/** A stored phase, or null when it is not one (a phase is whole or nothing). */
function sanitizePhase(raw: unknown, nowMs: number): PausePhase | null {
  if (!isRecord(raw)) return null;
  switch (raw.kind) {
    case 'waiting':
      return { kind: 'waiting' };
    case 'delivered': {
      const dueAtMs = timeUpTo(raw.dueAtMs, nowMs, AHEAD_MS.past);
      if (dueAtMs === null) return null;
      const cardId = cardIdOf(raw.cardId);
      return raw.quietly === true
        ? { kind: 'delivered', dueAtMs, cardId, quietly: true }
        : { kind: 'delivered', dueAtMs, cardId };
    }
    case 'taking': {
      const sinceMs = timeUpTo(raw.sinceMs, nowMs, AHEAD_MS.past);
      return sinceMs === null ? null : { kind: 'taking', sinceMs, cardId: cardIdOf(raw.cardId) };
    }
    case 'snoozed':
    case 'paused': {
      const untilMs = timeUpTo(raw.untilMs, nowMs, AHEAD_MS[raw.kind]);
      return untilMs === null ? null : { kind: raw.kind, untilMs };
    }
    default:
      return null;
  }
}

/** A stored hold for a call, or null when it is not one (a hold is whole or nothing). */
function sanitizeHold(raw: unknown, nowMs: number): BusyHold | null {
  if (!isRecord(raw) || !BUSY_SIGNALS.includes(raw.signal as BusySignal)) return null;
  const sinceMs = timeUpTo(raw.sinceMs, nowMs, AHEAD_MS.past);
  return sinceMs === null ? null : { sinceMs, signal: raw.signal as BusySignal };
}

/**
 * A stored plan, or null when it cannot be believed: a time too far ahead, or none when it does
 * not say that no pause fits.
 */
function sanitizePlan(atMs: unknown, reason: unknown, nowMs: number): Plan | null {
  if (reason === 'noActiveHours') return atMs === null ? { atMs: null, reason } : null;
  const time = timeUpTo(atMs, nowMs, AHEAD_MS.plan);
  if (time === null) return null;
  const isReason = PLAN_REASONS.includes(reason as PlanReason) && reason !== 'noActiveHours';
  return { atMs: time, reason: isReason ? (reason as PlanReason) : 'interval' };
}

/**
 * The stored pause state made valid field by field, or null when nothing of it can be used (the
 * background then starts afresh). Every time must be one a `Date` can hold and lie no further
 * ahead than its kind can: a broken phase reads as waiting; a broken anchor, or one ahead of now,
 * as `nowMs`; a plan too far ahead as none (the background plans again when it next wakes).
 */
export function sanitizePauseState(stored: unknown, nowMs: number): PauseState | null {
  const raw = isRecord(stored) && isRecord(stored.state) ? stored.state : null;
  if (!raw) return null;
  const phase = sanitizePhase(raw.phase, nowMs) ?? { kind: 'waiting' };
  const held = phase.kind === 'waiting' ? sanitizeHold(raw.held, nowMs) : null;
  return {
    phase,
    anchorMs: Math.min(isTime(raw.anchorMs) ? raw.anchorMs : nowMs, nowMs),
    idleSinceMs: timeUpTo(raw.idleSinceMs, nowMs, AHEAD_MS.past),
    ...(held ? { held } : {}),
    // Kept before the plan was one field, as two: read from those where there is no plan.
    plan: isRecord(raw.plan)
      ? sanitizePlan(raw.plan.atMs, raw.plan.reason, nowMs)
      : sanitizePlan(raw.nextPauseAtMs, raw.nextReason, nowMs),
    ...(isRecord(raw.plannedWith)
      ? { plannedWith: sanitizePreferences(raw.plannedWith).preferences }
      : {}),
  };
}
