import {
  ANSWER_FIELDS,
  type FollowUpAnswers,
  INTENTIONS_LIMIT,
  type Intention,
  STEP_TEXT_MAX_CHARS,
} from './intentions';
import { isRecord, isTime, listStoredItems } from './stored-values';

// The stored small steps, read field by field: junk goes, the user's words never do.

/** The layout of the stored intentions; a newer one is read as well as it can be. */
export const INTENTIONS_SCHEMA_VERSION = 1;

/** Stored items read at the most: far beyond what is ever kept, so only junk is cut short. */
const ITEMS_READ_MAX = 10 * INTENTIONS_LIMIT;
/** An id longer than this is junk. */
const ID_MAX_CHARS = 100;

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** True for an id a step may be stored under: text, not empty, not too long. */
export const isIntentionId = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= ID_MAX_CHARS;

/** The answers as stored, each field a string ('' where it is not one). */
function answersOf(raw: unknown): FollowUpAnswers {
  const stored = isRecord(raw) ? raw : {};
  return {
    felt: textOf(stored.felt),
    reactions: textOf(stored.reactions),
    innerSteps: textOf(stored.innerSteps),
  };
}

/**
 * One stored intention made valid, or null when it holds nothing of the user's (no id, no time,
 * no words, no answers). `fallbackId` names one whose id is lost.
 */
export function sanitizeIntention(raw: unknown, fallbackId: string): Intention | null {
  if (!isRecord(raw)) return null;
  const words = textOf(raw.words);
  const answers = answersOf(raw.answers);
  const hasAnswers = ANSWER_FIELDS.some((field) => answers[field] !== '');
  const storedId = isIntentionId(raw.id) ? raw.id : null;
  const committedAtMs = isTime(raw.committedAtMs) ? raw.committedAtMs : null;
  if (storedId === null && committedAtMs === null && words === '' && !hasAnswers) return null;
  const lookBackAtMs = isTime(raw.lookBackAtMs) ? raw.lookBackAtMs : (committedAtMs ?? 0);
  const base = {
    id: storedId ?? fallbackId,
    cardId: typeof raw.cardId === 'string' && raw.cardId !== '' ? raw.cardId : null,
    stepText: textOf(raw.stepText).length <= STEP_TEXT_MAX_CHARS ? textOf(raw.stepText) : '',
    words,
    committedAtMs: committedAtMs ?? 0,
    lookBackAtMs,
  };
  const answeredAtMs = isTime(raw.answeredAtMs) ? raw.answeredAtMs : lookBackAtMs;
  // Answers are the user's words: with them, the step is done, whatever else the record says.
  if (raw.status === 'done' || hasAnswers) {
    return { ...base, status: 'done', answeredAtMs, answers };
  }
  if (raw.status === 'let-go') return { ...base, status: 'let-go', answeredAtMs };
  return { ...base, status: 'open' };
}

/**
 * The stored intentions made valid one by one: the envelope's list or a bare one. Two with one id
 * are both kept, the second under a new id.
 */
export function sanitizeIntentions(stored: unknown): Intention[] {
  const raw = isRecord(stored) ? stored.intentions : stored;
  const intentions: Intention[] = [];
  const ids = new Set<string>();
  listStoredItems(raw, ITEMS_READ_MAX).forEach((item, index) => {
    const intention = sanitizeIntention(item, `step-restored-${index}`);
    if (!intention) return;
    if (ids.has(intention.id)) intention.id = `${intention.id}-${index}`;
    ids.add(intention.id);
    intentions.push(intention);
  });
  return intentions;
}

/** The intentions as they are stored: in an envelope with their schema version. */
export function toStoredIntentions(intentions: readonly Intention[]) {
  return { schemaVersion: INTENTIONS_SCHEMA_VERSION, intentions };
}
