import type { Card } from '@/assets/content/types';
import { StepCommit } from '@/components/StepCommit';
import type { Language } from '@/utils/core/language';
import { announceChange } from '@/utils/glue/changes';
import { commitIntention } from '@/utils/store/intentions-store';

// "Dit ga ik proberen" in the popup: loaded only when a person chooses a step, so the popup's
// first frame carries none of it.

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
        const result = await commitIntention({ cardId: card.id, words, lookBack }, Date.now());
        if (typeof result === 'string') return result;
        announceChange('history');
        return null;
      }}
    />
  );
}
