import type { UiMessages } from '@/assets/i18n/types';
import type { ReframeCard } from '@/utils/core/card';
import { capitalizeFirst } from '@/utils/core/card-text';

export interface OwnCardExampleProps {
  messages: UiMessages;
  /** The article's reframes, to begin one's own self-talk from. */
  examples: readonly ReframeCard[];
  /** The example chosen ('' for none). */
  chosenId: string;
  onChoose: (id: string) => void;
}

/** "Begin met een voorbeeld uit het artikel": the article's words as a start, to be made one's own. */
export function OwnCardExample({ messages, examples, chosenId, onChoose }: OwnCardExampleProps) {
  return (
    <div class="field own-card-example">
      <label for="own-card-example">{messages.ownCardExampleLabel}</label>
      <select
        id="own-card-example"
        value={chosenId}
        aria-describedby="own-card-example-hint"
        onChange={(event) => onChoose(event.currentTarget.value)}
      >
        <option value="">{messages.ownCardExampleNone}</option>
        {examples.map((card) => (
          <option key={card.id} value={card.id}>
            {capitalizeFirst(card.thought)}
          </option>
        ))}
      </select>
      <p class="field-hint" id="own-card-example-hint">
        {messages.ownCardExampleHint}
      </p>
      <p class="field-note" aria-live="polite">
        {chosenId === '' ? '' : messages.ownCardExampleChosen}
      </p>
    </div>
  );
}
