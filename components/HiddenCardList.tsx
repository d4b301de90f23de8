import type { Card } from '@/utils/core/card';
import { showCardLine } from '@/utils/core/card-text';

export interface HiddenCardListProps {
  cards: readonly Card[];
  emptyText: string;
  restoreLabel: string;
  onRestore: (card: Card) => void;
}

/** The cards the user hid, each with a button that brings it back. */
export function HiddenCardList({ cards, emptyText, restoreLabel, onRestore }: HiddenCardListProps) {
  if (cards.length === 0) return <p class="field-hint">{emptyText}</p>;
  return (
    <ul class="hidden-cards">
      {cards.map((card) => {
        const textId = `hidden-${card.id}`;
        return (
          <li key={card.id}>
            <bdi id={textId}>{showCardLine(card)}</bdi>
            {/* The button's name is short; its description says which card it restores. */}
            <button
              type="button"
              class="button button-quiet"
              aria-describedby={textId}
              onClick={() => onRestore(card)}
            >
              {restoreLabel}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
