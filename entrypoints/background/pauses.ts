import { browser } from 'wxt/browser';
import { cards } from '@/assets/content/nl';
import type { BusySignals } from '@/utils/core/busy';
import { hasTaken, isOverNotesLimit, normalizeNote } from '@/utils/core/pause-log';
import {
  assertNever,
  IDLE_DETECTION_SECONDS,
  type PauseEvent,
  type PauseLogEntry,
  type PauseState,
} from '@/utils/core/pause-model';
import { createPauseState, setPauseCard } from '@/utils/core/pause-state';
import type { Preferences } from '@/utils/core/preferences';
import { transition } from '@/utils/core/transition';
import { announceChange } from '@/utils/glue/changes';
import { drawNextCard } from '@/utils/store/deck-store';
import { commitPause, loadPauseLog } from '@/utils/store/pause-log-store';
import { loadPauseState } from '@/utils/store/pause-state-store';
import { loadPreferences } from '@/utils/store/preferences-store';
import { armPauseAlarm, ensurePauseAlarm } from './alarms';
import { readBusySignals } from './busy';
import type { HeardEvent } from './heard-event';
import { announcePause, withdrawAnnouncement } from './notifications';

/** "Klaar" with a note, when the history holds every note it takes: nothing is changed. */
export class NotesFullError extends Error {
  constructor() {
    super('The history holds all the notes it takes.');
    this.name = 'NotesFullError';
  }
}

export interface PauseDeps {
  now: () => number;
  loadPreferences: () => Promise<Preferences>;
  loadState: (nowMs: number) => Promise<PauseState | null>;
  loadLog: () => Promise<PauseLogEntry[]>;
  /** True when the user is idle or the screen is locked. */
  isIdle: () => Promise<boolean>;
  /** What may hold a pause back (a call, a full-screen window, sound), as far as asked about. */
  readBusy: (preferences: Preferences) => Promise<BusySignals>;
  /** Draws the card for a pause from the shared shuffle bag. */
  drawCardId: () => Promise<string | null>;
  /** Stores the state and adds to the history, in one transaction. */
  commit: (state: PauseState, logged: readonly PauseLogEntry[]) => Promise<void>;
  armAlarm: (state: PauseState) => Promise<void>;
  /** Sets the alarm only where none is pending for the state's next pause. */
  ensureAlarm: (state: PauseState) => Promise<void>;
  announce: (
    cardId: string | null,
    preferences: Preferences,
    options?: { quietly?: boolean },
  ) => Promise<void>;
  withdraw: () => Promise<void>;
  /** Tells open pages that the history changed (the settings count it). */
  tellPages: () => void;
}

/** The browser's and the store's own, with any of them replaced (tests replace some). */
export const createPauseDeps = (overrides: Partial<PauseDeps> = {}): PauseDeps => ({
  now: Date.now,
  loadPreferences: async () => (await loadPreferences()).preferences,
  loadState: loadPauseState,
  loadLog: loadPauseLog,
  isIdle: async () =>
    browser.idle !== undefined &&
    (await browser.idle.queryState(IDLE_DETECTION_SECONDS)) !== 'active',
  readBusy: readBusySignals,
  drawCardId: async () => (await drawNextCard(cards, Math.random)).card?.id ?? null,
  commit: commitPause,
  armAlarm: armPauseAlarm,
  ensureAlarm: ensurePauseAlarm,
  announce: announcePause,
  withdraw: withdrawAnnouncement,
  tellPages: () => announceChange('history'),
  ...overrides,
});

/** Events are handled one after another, so two never read and write the state at once. */
let turn: Promise<unknown> = Promise.resolve();

function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const result = turn.then(task, task);
  turn = result.catch(() => undefined);
  return result;
}

/** The event as the pause state takes it: what the background must find out first, found out. */
async function hear(
  event: HeardEvent,
  preferences: Preferences,
  deps: PauseDeps,
): Promise<PauseEvent> {
  if (event.type === 'alarm') {
    const [isIdle, busy] = await Promise.all([deps.isIdle(), deps.readBusy(preferences)]);
    return { type: 'alarm', isIdle, busy };
  }
  if (event.type !== 'pause-finished') return event;
  const log = await deps.loadLog();
  const note = normalizeNote(event.note);
  const isRepeat = hasTaken(log, event.startedAtMs ?? null);
  const line: PauseLogEntry = { outcome: 'taken', atMs: 0, cardId: null, note };
  if (!isRepeat && isOverNotesLimit(log, [line])) throw new NotesFullError();
  return { type: 'pause-finished', note, startedAtMs: event.startedAtMs, isRepeat };
}

/**
 * Handles one event end to end: loads the preferences and the pause state, runs the transition,
 * draws the pause's card when it needs one, announces a due pause, stores the state and the
 * history in one transaction, sets the alarm for the next pause, and takes back an announcement
 * that was answered. Nothing is kept in memory between events. Returns the new state.
 *
 * The worker may be stopped at any await. The order makes every stop safe: the alarm repeats
 * until it is set anew (alarms.ts), and a pause is announced before its state is stored, so a
 * stop between the two brings the same pause again when the alarm repeats (the announcement
 * replaces itself) rather than losing it.
 */
export function applyPauseEvent(
  event: HeardEvent,
  deps: PauseDeps = createPauseDeps(),
): Promise<PauseState> {
  return inTurn(async () => {
    const nowMs = deps.now();
    const [preferences, stored] = await Promise.all([
      deps.loadPreferences(),
      deps.loadState(nowMs),
    ]);
    const previous = stored ?? createPauseState(preferences, nowMs);
    const result = transition(previous, await hear(event, preferences, deps), preferences, nowMs);
    let { state } = result;
    for (const effect of result.effects) {
      switch (effect) {
        case 'draw-card':
          state = setPauseCard(state, await deps.drawCardId());
          break;
        case 'announce':
          if (state.phase.kind === 'delivered') {
            await deps.announce(state.phase.cardId, preferences, {
              quietly: state.phase.quietly === true,
            });
          }
          break;
        case 'store':
          await deps.commit(state, result.logged);
          if (result.logged.length > 0) deps.tellPages();
          break;
        case 'set-alarm':
          await deps.armAlarm(state);
          break;
        case 'heal-alarm':
          await deps.ensureAlarm(state);
          break;
        case 'withdraw':
          await deps.withdraw();
          break;
        default:
          assertNever(effect);
      }
    }
    return state;
  });
}
