import { useEffect, useRef } from 'preact/hooks';
import type { UiMessages } from '@/assets/i18n/types';
import type { Language } from '@/utils/core/language';
import type { PauseState } from '@/utils/core/pause-model';
import { describePauseStatus, getPauseStatus } from '@/utils/core/pause-status';

export interface PauseOutcomeProps {
  messages: UiMessages;
  language: Language;
  /** What became of the pause, and the state the background answered with. */
  kind: 'taken' | 'snoozed';
  state: PauseState;
  nowMs: number;
  onClose: () => void;
  journalUrl: string;
}

/**
 * The pause answered: what became of it (focus moves here), when the next one comes, and, after
 * "Klaar", the way to read back what was written.
 */
export function PauseOutcome(props: PauseOutcomeProps) {
  const { messages, nowMs } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const status = getPauseStatus(props.state, nowMs);
  return (
    <section class="pause-outcome" aria-labelledby="pause-outcome-heading">
      <h2 id="pause-outcome-heading" tabIndex={-1} ref={headingRef}>
        {props.kind === 'taken' ? messages.pauseTaken : messages.pauseSnoozed}
      </h2>
      <p class="pause-status">
        {status && describePauseStatus(status, messages, props.language, nowMs)}
      </p>
      <div class="pause-outcome-actions">
        <button type="button" class="button button-primary" onClick={props.onClose}>
          {messages.closePage}
        </button>
        {props.kind === 'taken' && (
          <a class="button button-quiet" href={props.journalUrl}>
            {messages.readJournal}
          </a>
        )}
      </div>
    </section>
  );
}
