import { useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '@/assets/content/types';
import type { PopupMessages } from '@/assets/i18n/types';
import { capitalizeFirst } from '@/utils/core/card-text';

export interface CardViewProps {
  card: Card;
  messages: Pick<PopupMessages, 'kindLabels' | 'thoughtLabel' | 'reframeLabel' | 'revealReframe'>;
}

/**
 * One card: its kind in words, then its words from the article. A reframe shows the critical
 * thought first; the milder thought waits behind a button, so the reader meets it on purpose.
 */
export function CardView({ card, messages }: CardViewProps) {
  const kindId = `card-kind-${card.id}`;
  return (
    <figure class="card" data-kind={card.kind} aria-labelledby={kindId}>
      <figcaption class="card-kind" id={kindId}>
        {messages.kindLabels[card.kind]}
      </figcaption>
      {card.kind === 'reframe' ? (
        <Reframe thought={card.thought} reframe={card.reframe} messages={messages} />
      ) : (
        <blockquote class="card-text">
          <p>{capitalizeFirst(card.text)}</p>
        </blockquote>
      )}
    </figure>
  );
}

interface ReframeProps {
  thought: string;
  reframe: string;
  messages: CardViewProps['messages'];
}

/** The critical thought, and the milder one once asked for (focus follows it). */
function Reframe({ thought, reframe, messages }: ReframeProps) {
  const [isRevealed, setIsRevealed] = useState(false);
  const reframeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isRevealed) reframeRef.current?.focus();
  }, [isRevealed]);
  return (
    <div class="card-text">
      <p class="card-thought">
        <span class="visually-hidden">{messages.thoughtLabel}: </span>“{capitalizeFirst(thought)}”
      </p>
      {isRevealed ? (
        <p class="card-reframe" tabIndex={-1} ref={reframeRef}>
          <span class="visually-hidden">{messages.reframeLabel}: </span>
          {capitalizeFirst(reframe)}
        </p>
      ) : (
        <button type="button" class="button button-quiet" onClick={() => setIsRevealed(true)}>
          {messages.revealReframe}
        </button>
      )}
    </div>
  );
}
