import type { Card, CardKind } from '@/utils/core/card';
import { CARD_KINDS } from './preferences';
import { isRecord, isTime, listStoredItems } from './stored-values';
import { comparableText, isInvisible, normalizeText } from './visible-text';

// The user's own cards: a reframe in their own words (the critical thought they hear, and the
// milder answer they choose), a small step, a line, a question. What a person types is checked
// here; what is stored is read back field by field, and the user's words are never dropped.

/** How long a field of an own card may be when it is written. */
export const OWN_CARD_MAX_CHARS = 280;

/** How many own cards the store keeps: far more than a deck needs, few enough to stay fast. */
export const OWN_CARDS_LIMIT = 500;

/** Own cards' ids start so: never one of the article's. */
export const OWN_CARD_ID_PREFIX = 'own-';

/** The words of an own card, by kind: a line said once, or a thought and its milder answer. */
export type OwnCardWords =
  | { kind: 'quote' | 'question' | 'step'; text: string }
  | { kind: 'reframe'; thought: string; reframe: string };

/** An own card as stored: its words, its id, and when it was last written. */
export type OwnCard = OwnCardWords & { id: string; writtenAtMs: number };

/** The fields a person fills in. */
export type OwnCardField = 'text' | 'thought' | 'reframe';

/** Why a field was refused; the pages turn this into words. */
export type OwnCardError = 'required' | 'invisible' | 'tooLong' | 'duplicate';

export type OwnCardCheck =
  | { isValid: true; value: OwnCardWords }
  | { isValid: false; errors: Partial<Record<OwnCardField, OwnCardError>> };

/** The fields of each kind, in the order they are asked. */
export function listFields(kind: CardKind): OwnCardField[] {
  return kind === 'reframe' ? ['thought', 'reframe'] : ['text'];
}

/**
 * The words of a card that make it the same card: a duplicate has them all alike, compared as
 * `comparableText` does (so NFC or NFD, case, doubled spaces and zero-width characters differ not).
 */
function wordsKey(card: OwnCardWords | Card): string {
  return card.kind === 'reframe'
    ? JSON.stringify([card.kind, comparableText(card.thought), comparableText(card.reframe)])
    : JSON.stringify(['line', comparableText(card.text)]);
}

/**
 * Why an own card's field, as stored, cannot be written so: null when it can. `OWN_CARD_MAX_CHARS`
 * counts UTF-16 code units, as a text field's `maxlength` does.
 */
export function findFieldError(value: string): Exclude<OwnCardError, 'duplicate'> | null {
  if (value === '') return 'required';
  if (isInvisible(value)) return 'invisible';
  return value.length > OWN_CARD_MAX_CHARS ? 'tooLong' : null;
}

/**
 * Checks what a person typed for an own card of `kind`: each field in NFC and trimmed, 1 to 280
 * characters, at least one of them visible, and not another card (`others`: the article's and
 * the user's own, without the card being edited) in other forms of the same words. A line, a
 * question and a step with the same words are the same card.
 */
export function checkOwnCard(
  kind: CardKind,
  typed: Partial<Record<OwnCardField, string>>,
  others: readonly (OwnCardWords | Card)[],
): OwnCardCheck {
  const errors: Partial<Record<OwnCardField, OwnCardError>> = {};
  const trimmed: Partial<Record<OwnCardField, string>> = {};
  for (const field of listFields(kind)) {
    const value = normalizeText(typed[field] ?? '');
    trimmed[field] = value;
    const error = findFieldError(value);
    if (error) errors[field] = error;
  }
  if (Object.keys(errors).length > 0) return { isValid: false, errors };
  const value: OwnCardWords =
    kind === 'reframe'
      ? { kind, thought: trimmed.thought ?? '', reframe: trimmed.reframe ?? '' }
      : { kind, text: trimmed.text ?? '' };
  const key = wordsKey(value);
  if (others.some((other) => wordsKey(other) === key)) {
    const [lastField = 'text'] = listFields(kind).slice(-1);
    return { isValid: false, errors: { [lastField]: 'duplicate' } };
  }
  return { isValid: true, value };
}

/** A new own card's id: the moment it was written and a few random characters. */
export function makeOwnCardId(nowMs: number, random: () => number): string {
  return `${OWN_CARD_ID_PREFIX}${Math.floor(nowMs).toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/** True for an id an own card may be stored under. */
export const isOwnCardId = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(OWN_CARD_ID_PREFIX) && value.length <= 100;

/** Stored items read at the most: far beyond what is ever kept, so only junk is cut short. */
const ITEMS_READ_MAX = 10 * OWN_CARDS_LIMIT;

/** A stored field's words, in NFC and trimmed; '' when it holds none a person can see. */
function wordsOf(value: unknown): string {
  const words = typeof value === 'string' ? normalizeText(value) : '';
  return isInvisible(words) ? '' : words;
}

/**
 * One stored own card made valid, or null when it holds no words of the user's. A field too long
 * (never written so) is kept as it is: they are the user's words. `fallbackId` names one whose id
 * is lost or taken.
 */
export function sanitizeOwnCard(raw: unknown, fallbackId: string): OwnCard | null {
  if (!isRecord(raw) || !CARD_KINDS.includes(raw.kind as CardKind)) return null;
  // Fields in one order: a card read back is written back to the letter.
  const id = isOwnCardId(raw.id) ? raw.id : fallbackId;
  const writtenAtMs = isTime(raw.writtenAtMs) ? raw.writtenAtMs : 0;
  if (raw.kind === 'reframe') {
    const thought = wordsOf(raw.thought);
    const reframe = wordsOf(raw.reframe);
    // Half a reframe is still the user's: what is missing is left for them to fill in again.
    if (thought === '' && reframe === '') return null;
    return { id, kind: 'reframe', thought, reframe, writtenAtMs };
  }
  const text = wordsOf(raw.text);
  const kind = raw.kind as Exclude<CardKind, 'reframe'>;
  return text === '' ? null : { id, kind, text, writtenAtMs };
}

/**
 * An own card from a file offered for import, as the store keeps it, or null when the editor
 * would not take its words: a field too long, or with nothing visible. A half reframe, which the
 * store keeps, comes in as it is.
 */
export function checkImportedOwnCard(raw: unknown, fallbackId: string): OwnCard | null {
  const card = sanitizeOwnCard(raw, fallbackId);
  if (!card) return null;
  const fields = card.kind === 'reframe' ? [card.thought, card.reframe] : [card.text];
  return fields.every((field) => field === '' || findFieldError(field) === null) ? card : null;
}

/** The stored own cards made valid one by one: the envelope's list or a bare one. */
export function sanitizeOwnCards(stored: unknown): OwnCard[] {
  const raw = isRecord(stored) ? stored.cards : stored;
  const cards: OwnCard[] = [];
  const ids = new Set<string>();
  listStoredItems(raw, ITEMS_READ_MAX).forEach((item, index) => {
    const card = sanitizeOwnCard(item, `${OWN_CARD_ID_PREFIX}restored-${index}`);
    if (!card) return;
    // Two with one id are both kept, the second under an id of its own.
    for (let extra = 0; ids.has(card.id); extra++) {
      card.id = `${OWN_CARD_ID_PREFIX}restored-${index}-${extra}`;
    }
    ids.add(card.id);
    cards.push(card);
  });
  return cards;
}

/** The layout of the stored own cards. */
export const OWN_CARDS_SCHEMA_VERSION = 1;

/** The own cards as they are stored: in an envelope with its schema version. */
export function toStoredOwnCards(cards: readonly OwnCard[]) {
  return { schemaVersion: OWN_CARDS_SCHEMA_VERSION, cards };
}
