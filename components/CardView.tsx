import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupMessages } from '@/assets/i18n/types';
import type { Card } from '@/utils/core/card';
import { captionOf, showCardWords } from '@/utils/core/card-text';

export interface CardViewProps {
  card: Card;
  messages: Pick<
    PopupMessages,
    'kindLabels' | 'ownCard' | 'thoughtLabel' | 'reframeLabel' | 'revealReframe'
  >;
}

/**
 * One card: its kind in words, then its words. A reframe shows the critical thought first; the
 * milder thought waits behind a button, so the reader meets it on purpose. A card the user wrote
 * is marked so, quietly, and shows as written (the article's fragments start with a capital);
 * its words may be in any language and direction, so each is set apart (`bdi`).
 */
export function CardView({ card, messages }: CardViewProps) {
  const kindId = `card-kind-${card.id}`;
  const say = (words: string) => <bdi>{showCardWords(card, words)}</bdi>;
  return (
    <figure class="card" data-kind={card.kind} aria-labelledby={kindId}>
      <figcaption class="card-kind" id={kindId}>
        {captionOf(card, messages)}
      </figcaption>
      {card.kind === 'reframe' ? (
        <Reframe thought={say(card.thought)} reframe={say(card.reframe)} messages={messages} />
      ) : (
        <blockquote class="card-text">
          <p>{say(card.text)}</p>
        </blockquote>
      )}
    </figure>
  );
}

interface ReframeProps {
  thought: ComponentChildren;
  reframe: ComponentChildren;
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
        <span class="visually-hidden">{messages.thoughtLabel}: </span>“{thought}”
      </p>
      {isRevealed ? (
        <p class="card-reframe" tabIndex={-1} ref={reframeRef}>
          <span class="visually-hidden">{messages.reframeLabel}: </span>
          {reframe}
        </p>
      ) : (
        <button type="button" class="button button-quiet" onClick={() => setIsRevealed(true)}>
          {messages.revealReframe}
        </button>
      )}
    </div>
  );
}
