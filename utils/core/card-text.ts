import type { Card } from '@/assets/content/types';

/** The line a card offers on its own (a reframe offers its milder thought). */
export function getCardLine(card: Card): string {
  return card.kind === 'reframe' ? card.reframe : card.text;
}

/** Article fragments may start mid-sentence; shown alone, they start with a capital. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}
