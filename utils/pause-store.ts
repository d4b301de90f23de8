import { get, set, type UseStore } from 'idb-keyval';
import { getDatabase } from './database';
import type { PausePhase, PauseState } from './pause-state';
import { isRecord } from './preferences';
import { PLAN_REASONS, type PlanReason } from './schedule';

/** The pause state, written by the background only. (The history is pause-log.ts's.) */
export const PAUSE_STATE_KEY = 'pause-state';
/** The schema version of the pause state and of the pause history. */
export const PAUSE_STORE_SCHEMA_VERSION = 1;

/** A stored time: a finite, non-negative number of milliseconds. */
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
/** A stored card id, or null when there is none. */
export const cardIdOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : null;

/** A stored phase, or null when it is not one (a phase is whole or nothing). */
function sanitizePhase(raw: unknown): PausePhase | null {
  if (!isRecord(raw)) return null;
  switch (raw.kind) {
    case 'waiting':
      return { kind: 'waiting' };
    case 'delivered':
      return isTime(raw.dueAtMs)
        ? { kind: 'delivered', dueAtMs: raw.dueAtMs, cardId: cardIdOf(raw.cardId) }
        : null;
    case 'taking':
      return isTime(raw.sinceMs)
        ? { kind: 'taking', sinceMs: raw.sinceMs, cardId: cardIdOf(raw.cardId) }
        : null;
    case 'snoozed':
    case 'paused':
      return isTime(raw.untilMs) ? { kind: raw.kind, untilMs: raw.untilMs } : null;
    default:
      return null;
  }
}

/**
 * The stored pause state made valid field by field, or null when nothing of it can be used (the
 * background then starts afresh). A broken phase reads as waiting; a broken anchor as `nowMs`.
 */
export function sanitizePauseState(stored: unknown, nowMs: number): PauseState | null {
  const raw = isRecord(stored) && isRecord(stored.state) ? stored.state : null;
  if (!raw) return null;
  return {
    phase: sanitizePhase(raw.phase) ?? { kind: 'waiting' },
    anchorMs: isTime(raw.anchorMs) ? raw.anchorMs : nowMs,
    idleSinceMs: isTime(raw.idleSinceMs) ? raw.idleSinceMs : null,
    nextPauseAtMs: isTime(raw.nextPauseAtMs) ? raw.nextPauseAtMs : null,
    nextReason: PLAN_REASONS.includes(raw.nextReason as PlanReason)
      ? (raw.nextReason as PlanReason)
      : 'interval',
  };
}

/** Loads the pause state; null when there is none (or nothing of it is usable). */
export async function loadPauseState(
  nowMs: number,
  store: UseStore = getDatabase(),
): Promise<PauseState | null> {
  return sanitizePauseState(await get(PAUSE_STATE_KEY, store), nowMs);
}

/** Saves the pause state. */
export async function savePauseState(
  state: PauseState,
  store: UseStore = getDatabase(),
): Promise<void> {
  await set(PAUSE_STATE_KEY, { schemaVersion: PAUSE_STORE_SCHEMA_VERSION, state }, store);
}
