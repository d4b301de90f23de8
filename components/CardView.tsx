import type { Card } from '@/assets/content/types';
import { capitalizeFirst, getCardLine } from '@/utils/card-text';

export interface CardViewProps {
  card: Card;
  /** The card's kind in words, e.g. "Uit het artikel". */
  kindLabel: string;
}

/** One card: its kind in words, then its line as a quotation. */
export function CardView({ card, kindLabel }: CardViewProps) {
  return (
    <figure class="card" aria-labelledby={`card-kind-${card.id}`}>
      <figcaption class="card-kind" id={`card-kind-${card.id}`}>
        {kindLabel}
      </figcaption>
      <blockquote class="card-line">
        <p>{capitalizeFirst(getCardLine(card))}</p>
      </blockquote>
    </figure>
  );
}
