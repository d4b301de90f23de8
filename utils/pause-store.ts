import { get, set, type UseStore, update } from 'idb-keyval';
import { getDatabase } from './database';
import type { PauseLogEntry, PausePhase, PauseState } from './pause-state';
import { isRecord } from './preferences';
import { PLAN_REASONS, type PlanReason } from './schedule';

/** The pause state (written by the background only) and the pause history. */
export const PAUSE_STATE_KEY = 'pause-state';
export const PAUSE_LOG_KEY = 'pause-log';
export const PAUSE_STORE_SCHEMA_VERSION = 1;

/**
 * How many history lines without a note are kept; the oldest go first. Lines with a note are the
 * user's own words and are never dropped.
 */
export const LOG_LIMIT = 5000;

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const cardIdOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

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

/** One stored history line, or null when it is not one. A note is kept whatever else is wrong. */
export function sanitizeLogEntry(raw: unknown): PauseLogEntry | null {
  if (!isRecord(raw)) return null;
  const note = typeof raw.note === 'string' ? raw.note : '';
  const atMs = isTime(raw.atMs) ? raw.atMs : null;
  if (raw.outcome === 'taken' || note !== '') {
    return { outcome: 'taken', atMs: atMs ?? 0, cardId: cardIdOf(raw.cardId), note };
  }
  if (atMs === null) return null;
  if (raw.outcome === 'missed') return { outcome: 'missed', atMs };
  if (raw.outcome === 'natural-break') {
    return { outcome: 'natural-break', atMs, awayMs: isTime(raw.awayMs) ? raw.awayMs : 0 };
  }
  return null;
}

/** The stored history made valid line by line: lines that are junk go, every note stays. */
export function sanitizePauseLog(stored: unknown): PauseLogEntry[] {
  const raw = isRecord(stored) ? stored.entries : stored;
  if (!Array.isArray(raw)) return [];
  return raw.map(sanitizeLogEntry).filter((entry) => entry !== null);
}

/** The history with `added` at its end, the oldest lines without a note dropped beyond the limit. */
export function appendToLog(
  entries: readonly PauseLogEntry[],
  added: readonly PauseLogEntry[],
  limit: number = LOG_LIMIT,
): PauseLogEntry[] {
  const all = [...entries, ...added];
  let excess = all.filter((entry) => !hasNote(entry)).length - limit;
  if (excess <= 0) return all;
  return all.filter((entry) => hasNote(entry) || excess-- <= 0);
}

const hasNote = (entry: PauseLogEntry) => entry.outcome === 'taken' && entry.note !== '';

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

/** Adds lines to the history in one transaction, keeping every note. */
export async function appendPauseLog(
  added: readonly PauseLogEntry[],
  store: UseStore = getDatabase(),
): Promise<void> {
  if (added.length === 0) return;
  await update(
    PAUSE_LOG_KEY,
    (stored) => ({
      schemaVersion: PAUSE_STORE_SCHEMA_VERSION,
      entries: appendToLog(sanitizePauseLog(stored), added),
    }),
    store,
  );
}

/** The pause history, oldest first. */
export async function loadPauseLog(store: UseStore = getDatabase()): Promise<PauseLogEntry[]> {
  return sanitizePauseLog(await get(PAUSE_LOG_KEY, store));
}
