import {
  type ActiveHours,
  findActiveWindow,
  getTomorrowStartMs,
  listActiveWindows,
} from './active-hours';

export { makeIntentionId } from './intention-list';

// Small steps the user chose to try ("Dit ga ik proberen"), and their follow-up: when it is asked,
// and what became of it. The article's loop: start small, try it, write how it felt, read it back.

/** When the user wants to look back on a step. */
export type LookBack = 'later-today' | 'tomorrow' | 'in-a-few-days';
export const LOOK_BACKS: readonly LookBack[] = ['later-today', 'tomorrow', 'in-a-few-days'];

/** The article's three prompts for looking back, answered in the user's words (each may be ''). */
export interface FollowUpAnswers {
  /** How it felt to be open. */
  felt: string;
  /** What the reactions were. */
  reactions: string;
  /** What inner steps they took. */
  innerSteps: string;
}
export const ANSWER_FIELDS: readonly (keyof FollowUpAnswers)[] = [
  'felt',
  'reactions',
  'innerSteps',
];

interface IntentionBase {
  /** Stable: names the intention in the store, an export and the page. */
  id: string;
  /** The step card it came from; null when the deck no longer holds it. */
  cardId: string | null;
  /** That card's words as shown when the step was chosen; '' for steps stored before them. */
  stepText: string;
  /** The user's own words with it, such as with whom; '' when none. */
  words: string;
  committedAtMs: number;
  /** The follow-up is asked at the first pause from this moment on, inside the active hours. */
  lookBackAtMs: number;
}

/** A step chosen: open until it is followed up, then done or let go. Never a count of either. */
export type Intention = IntentionBase &
  (
    | { status: 'open' }
    | { status: 'done'; answeredAtMs: number; answers: FollowUpAnswers }
    | { status: 'let-go'; answeredAtMs: number }
  );

/** How many steps may be open at once: a few, so follow-ups never pile up. */
export const OPEN_INTENTIONS_MAX = 3;
/**
 * How many intentions are kept in all: years of steps. Past it, a new one is refused, an old one
 * never dropped. It bounds them, so that every export imports again (export-file.ts).
 */
export const INTENTIONS_LIMIT = 1000;
/** How long the user's own words with a step may be, in characters. */
export const WORDS_MAX_CHARS = 280;
/** The longest card words a step keeps (a card's line is at most 280); longer ones are not kept. */
export const STEP_TEXT_MAX_CHARS = 1000;
/** How long each answer at a follow-up may be, in characters. */
export const ANSWER_MAX_CHARS = 1000;

/** "Later vandaag": two hours on, or the first moment of the active hours after that. */
const LATER_TODAY_MS = 2 * 60 * 60 * 1000;

/**
 * The moment a look-back is set for:
 * - later today: two hours after choosing;
 * - tomorrow: when the next active day's hours open (a window past midnight is still today's);
 * - in a few days: when the hours open on the first active day at least three days on.
 * The follow-up itself waits for the first pause inside the active hours from then on.
 */
export function planLookBack(choice: LookBack, hours: ActiveHours, nowMs: number): number {
  switch (choice) {
    case 'later-today':
      return nowMs + LATER_TODAY_MS;
    case 'tomorrow':
      return getTomorrowStartMs(hours, nowMs);
    case 'in-a-few-days': {
      const day = new Date(nowMs);
      const twoDaysOnMs = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 2, 12);
      return Math.max(getTomorrowStartMs(hours, twoDaysOnMs.getTime()), nowMs);
    }
  }
}

/** True when a step's follow-up may be asked at a pause at `nowMs`. */
export function isFollowUpDue(intention: Intention, hours: ActiveHours, nowMs: number): boolean {
  return (
    intention.status === 'open' &&
    nowMs >= intention.lookBackAtMs &&
    findActiveWindow(hours, nowMs) !== null
  );
}

/**
 * The earliest moment a step's follow-up can be asked: its look-back, or when the active hours
 * next open after it. Null for a step that is no longer open.
 */
export function getFollowUpDueMs(intention: Intention, hours: ActiveHours): number | null {
  if (intention.status !== 'open') return null;
  const { lookBackAtMs } = intention;
  if (findActiveWindow(hours, lookBackAtMs)) return lookBackAtMs;
  return (
    listActiveWindows(hours, lookBackAtMs).find((window) => window.startMs > lookBackAtMs)
      ?.startMs ?? null
  );
}

/** The one follow-up a pause at `nowMs` asks, if any: the step that has waited longest. */
export function pickFollowUp(
  intentions: readonly Intention[],
  hours: ActiveHours,
  nowMs: number,
): Intention | null {
  let picked: Intention | null = null;
  for (const intention of intentions) {
    if (!isFollowUpDue(intention, hours, nowMs)) continue;
    if (!picked || intention.lookBackAtMs < picked.lookBackAtMs) picked = intention;
  }
  return picked;
}

/** The steps still open, the oldest first. */
export function listOpen(intentions: readonly Intention[]): Intention[] {
  return intentions
    .filter((intention) => intention.status === 'open')
    .sort((a, b) => a.committedAtMs - b.committedAtMs);
}

/** Why a step cannot be chosen now: a few are open already, or no more are kept. */
export type CommitProblem = 'tooManyOpen' | 'full' | 'wordsTooLong';

/** A new intention for a step card, or why it cannot be one. */
export function commitStep(
  intentions: readonly Intention[],
  step: { cardId: string; stepText: string; words: string; lookBack: LookBack; id: string },
  hours: ActiveHours,
  nowMs: number,
): Intention | CommitProblem {
  const words = step.words.trim();
  if (words.length > WORDS_MAX_CHARS) return 'wordsTooLong';
  if (listOpen(intentions).length >= OPEN_INTENTIONS_MAX) return 'tooManyOpen';
  if (intentions.length >= INTENTIONS_LIMIT) return 'full';
  return {
    id: step.id,
    cardId: step.cardId,
    stepText: step.stepText.length <= STEP_TEXT_MAX_CHARS ? step.stepText : '',
    words,
    committedAtMs: nowMs,
    lookBackAtMs: planLookBack(step.lookBack, hours, nowMs),
    status: 'open',
  };
}

/** What the user answered at a follow-up. */
export type FollowUpReply =
  | { kind: 'done'; answers: FollowUpAnswers }
  | { kind: 'not-yet' }
  | { kind: 'let-go' };

/**
 * The intention after its follow-up: done with the answers, let go, or "not yet", which asks again
 * when the next active day's hours open (as often as the user says "not yet": no count is kept).
 */
export function answerFollowUp(
  intention: Intention,
  reply: FollowUpReply,
  hours: ActiveHours,
  nowMs: number,
): Intention {
  const base: IntentionBase = {
    id: intention.id,
    cardId: intention.cardId,
    stepText: intention.stepText,
    words: intention.words,
    committedAtMs: intention.committedAtMs,
    lookBackAtMs: intention.lookBackAtMs,
  };
  switch (reply.kind) {
    case 'done':
      return { ...base, status: 'done', answeredAtMs: nowMs, answers: reply.answers };
    case 'let-go':
      return { ...base, status: 'let-go', answeredAtMs: nowMs };
    case 'not-yet':
      return { ...base, status: 'open', lookBackAtMs: getTomorrowStartMs(hours, nowMs) };
  }
}
