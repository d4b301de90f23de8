import type { PopupMessages } from '@/assets/i18n/types';
import type { Card } from '@/utils/core/card';
import type { Intention } from './intentions';

/** The line a card offers on its own (a reframe offers its milder thought). */
export function getCardLine(card: Card): string {
  return card.kind === 'reframe' ? card.reframe : card.text;
}

/** Article fragments may start mid-sentence; shown alone, they start with a capital. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/** A card's line as it shows alone: the article's starting with a capital, an own one as written. */
export function showCardLine(card: Card): string {
  return showCardWords(card, getCardLine(card));
}

/** Words of a card as shown: the article's starting with a capital, an own card's as written. */
export function showCardWords(card: Card, words: string): string {
  return card.section === 'own' ? words : capitalizeFirst(words);
}

/**
 * The words above a card: its kind, and a quiet mark on a card the user wrote. An own line is
 * not "from the article": the mark alone names it.
 */
export function captionOf(card: Card, messages: Pick<PopupMessages, 'kindLabels' | 'ownCard'>) {
  const kind = messages.kindLabels[card.kind];
  if (card.section !== 'own') return kind;
  return card.kind === 'quote' ? messages.ownCard : `${kind} · ${messages.ownCard}`;
}

/**
 * The card a step was chosen from, as the words it kept show it, for when the deck no longer
 * holds that card (an own card deleted since): shown as written. Null when it kept none.
 */
export function cardOfStepText(intention: Pick<Intention, 'cardId' | 'stepText'>): Card | null {
  if (intention.stepText === '') return null;
  return { id: intention.cardId ?? '', section: 'own', kind: 'step', text: intention.stepText };
}
