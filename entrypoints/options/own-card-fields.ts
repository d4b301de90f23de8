import type { UiMessages } from '@/assets/i18n/types';
import type { CardKind } from '@/utils/core/card';
import {
  listFields,
  OWN_CARD_MAX_CHARS,
  type OwnCard,
  type OwnCardError,
  type OwnCardField,
} from '@/utils/core/own-cards';

// The fields of the own-card editor: what they start with, what they are called, and which of
// their refusals are said while typing.

/** The kinds in the order the editor offers them: the user's own self-talk first. */
export const EDITOR_KINDS: readonly CardKind[] = ['reframe', 'step', 'quote', 'question'];

export type FieldErrors = Partial<Record<OwnCardField, OwnCardError>>;
export type Typed = Record<OwnCardField, string>;

/** The words a card starts with in the editor: its own, or none. */
export function typedOf(card: OwnCard | null): Typed {
  if (card?.kind === 'reframe') return { text: '', thought: card.thought, reframe: card.reframe };
  return { text: card?.text ?? '', thought: '', reframe: '' };
}

/** An own card's words, field by field, as stored elsewhere now. */
export function listTheirWords(card: OwnCard, messages: UiMessages) {
  return listFields(card.kind).map((field) => ({
    label: labelOf(field, card.kind, messages),
    text: typedOf(card)[field],
  }));
}

/** A field's label: a reframe's two halves, or the one line of its kind. */
export function labelOf(field: OwnCardField, kind: CardKind, messages: UiMessages): string {
  if (field === 'thought') return messages.ownCardThoughtLabel;
  if (field === 'reframe' || kind === 'reframe') return messages.ownCardReframeLabel;
  return messages.ownCardTextLabels[kind];
}

/** Only what is too long: said while typing, before any save, so a long paste is noticed at once. */
export function keepTooLong(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, error]) => error === 'tooLong'));
}

/** A field's refusal in words, beside it; null when the words are fine. */
export function describeFieldError(
  error: OwnCardError | undefined,
  typed: string,
  messages: UiMessages,
): string | null {
  if (!error) return null;
  if (error === 'tooLong') return messages.ownCardTooLong(typed.trim().length, OWN_CARD_MAX_CHARS);
  return messages.ownCardErrors[error];
}
