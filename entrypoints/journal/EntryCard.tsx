import type { JournalMessages } from '@/assets/i18n/journal-types';
import type { Card } from '@/utils/core/card';
import { captionOf, showCardWords } from '@/utils/core/card-text';

export interface EntryCardProps {
  card: Card;
  messages: Pick<JournalMessages, 'kindLabels' | 'ownCard' | 'thoughtLabel' | 'reframeLabel'>;
}

/**
 * The card a note was written beside, in full: a reframe shows both its thoughts at once (read
 * back, nothing waits behind a button). Styled as the popup's and the pause page's cards.
 */
export function EntryCard({ card, messages }: EntryCardProps) {
  const say = (words: string) => <bdi>{showCardWords(card, words)}</bdi>;
  return (
    <figure class="card entry-card" data-kind={card.kind}>
      <figcaption class="card-kind">{captionOf(card, messages)}</figcaption>
      {card.kind === 'reframe' ? (
        <div class="card-text">
          <p class="card-thought">
            <span class="visually-hidden">{messages.thoughtLabel}: </span>“{say(card.thought)}”
          </p>
          <p>
            <span class="visually-hidden">{messages.reframeLabel}: </span>
            {say(card.reframe)}
          </p>
        </div>
      ) : (
        <blockquote class="card-text">
          <p>{say(card.text)}</p>
        </blockquote>
      )}
    </figure>
  );
}
