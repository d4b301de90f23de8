import fieldStyles from '@/assets/fields.css?inline';
import { StepCommit } from '@/components/StepCommit';
import stepCommitStyles from '@/components/StepCommit.css?inline';
import type { Card } from '@/utils/core/card';
import { makeIntentionId } from '@/utils/core/intention-list';
import type { Language } from '@/utils/core/language';
import { sendMessage } from '@/utils/glue/messages';
import { addStyles } from './paint';

// "Dit ga ik proberen" in the popup: loaded only when a person chooses a step, so the popup
// carries none of it when it opens, nor its styles: they come with it, before it renders. The
// background stores the step, as it does everything else the popup changes.
addStyles(fieldStyles + stepCommitStyles);

/** The form of a step chosen, for one card. */
export type TryStepForm = (props: { card: Card; onClose: () => void }) => preact.JSX.Element;

/** Loads the step form and its strings in one language. */
export async function loadTryStep(language: Language): Promise<TryStepForm> {
  const { stepMessages } =
    language === 'nl'
      ? await import('@/assets/i18n/steps-nl')
      : await import('@/assets/i18n/steps-en');
  return ({ card, onClose }) => (
    <StepCommit
      messages={stepMessages}
      id="popup-step"
      onCancel={onClose}
      onCommit={async (words, lookBack) => {
        const answer = await sendMessage({
          type: 'step-chosen',
          // Named here, so a message sent again stores the step once.
          id: makeIntentionId(Date.now(), Math.random),
          cardId: card.id,
          words,
          lookBack,
        });
        return answer.refused === null ? answer.lookBackDueMs : answer.refused;
      }}
    />
  );
}
