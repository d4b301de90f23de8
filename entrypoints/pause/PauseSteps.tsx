import { useState } from 'preact/hooks';
import type { Card } from '@/assets/content/types';
import type { StepMessages } from '@/assets/i18n/steps-types';
import { FollowUp } from '@/components/FollowUp';
import { StepCommit, type StepCommitProps } from '@/components/StepCommit';
import type { FollowUpReply } from '@/utils/core/intentions';

/** A step chosen earlier whose follow-up this pause asks. */
export interface PauseFollowUp {
  /** The step as its card says it ('' when the deck no longer holds it). */
  stepText: string;
  words: string;
  onReply: (reply: FollowUpReply) => Promise<boolean>;
}

export interface PauseStepsProps {
  messages: StepMessages & { tryStep: string };
  card: Card | null;
  /** At most one a pause. */
  followUp: PauseFollowUp | null;
  onCommit: StepCommitProps['onCommit'];
}

/** The small steps of a pause: "Dit ga ik proberen" on a step card, and a follow-up due now. */
export function PauseSteps({ messages, card, followUp, onCommit }: PauseStepsProps) {
  const [isChoosing, setIsChoosing] = useState(false);
  return (
    <>
      {card?.kind === 'step' &&
        (isChoosing ? (
          <StepCommit
            messages={messages}
            id="pause-step"
            onCommit={onCommit}
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
          stepText={followUp.stepText}
          words={followUp.words}
          onReply={followUp.onReply}
        />
      )}
    </>
  );
}
