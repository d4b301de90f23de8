import { useEffect, useState } from 'preact/hooks';
import type { EditMessages } from '@/assets/i18n/edit-types';
import type { StepMessages } from '@/assets/i18n/steps-types';
import { FollowUp, type FollowUpProps } from '@/components/FollowUp';
import { StepCommit, type StepCommitProps } from '@/components/StepCommit';
import type { Card } from '@/utils/core/card';

/** A step chosen earlier whose follow-up this pause asks. */
export type PauseFollowUp = Pick<FollowUpProps, 'step' | 'stepText' | 'hours' | 'store'>;

/** What the small steps of a pause hold that is typed and not kept yet. */
export interface PendingSteps {
  /** Keeps the follow-up's answers typed; resolves to whether they landed. Null: none typed. */
  keepAnswers: (() => Promise<boolean>) | null;
  /** The form of a step chosen here is open and not stored: only the person can finish it. */
  isChoosing: boolean;
}

export interface PauseStepsProps {
  messages: StepMessages & EditMessages & { tryStep: string };
  card: Card | null;
  /** At most one a pause. */
  followUp: PauseFollowUp | null;
  now: () => number;
  onCommit: StepCommitProps['onCommit'];
  /** Told whenever what is typed and not kept changes. */
  onPending: (pending: PendingSteps) => void;
}

/** The small steps of a pause: "Dit ga ik proberen" on a step card, and a follow-up due now. */
export function PauseSteps(props: PauseStepsProps) {
  const { messages, card, followUp } = props;
  const [isChoosing, setIsChoosing] = useState(false);
  const [isCommitted, setIsCommitted] = useState(false);
  const [keepAnswers, setKeepAnswers] = useState<PendingSteps['keepAnswers']>(null);
  const { onPending } = props;
  useEffect(
    () => onPending({ keepAnswers, isChoosing: isChoosing && !isCommitted }),
    [keepAnswers, isChoosing, isCommitted, onPending],
  );
  return (
    <>
      {card?.kind === 'step' &&
        (isChoosing ? (
          <StepCommit
            messages={messages}
            id="pause-step"
            onCommit={async (words, lookBack) => {
              const problem = await props.onCommit(words, lookBack);
              if (problem === null) setIsCommitted(true);
              return problem;
            }}
            onCancel={() => setIsChoosing(false)}
          />
        ) : (
          <button
            type="button"
            class="button button-quiet pause-try"
            onClick={() => setIsChoosing(true)}
          >
            {messages.tryStep}
          </button>
        ))}
      {followUp && (
        <FollowUp
          messages={messages}
          {...followUp}
          now={props.now}
          onPending={(keep) => setKeepAnswers(() => keep)}
        />
      )}
    </>
  );
}
