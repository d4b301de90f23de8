import type { Ref } from 'preact';
import type { StepMessages } from '@/assets/i18n/steps-types';
import { ANSWER_FIELDS, type FollowUpAnswers as Answers } from '@/utils/core/intentions';

export interface FollowUpPromptsProps {
  messages: StepMessages;
  answers: Answers;
  /** The first field, which takes the focus when the form opens. */
  firstRef: Ref<HTMLTextAreaElement>;
  onInput: (field: keyof Answers, value: string) => void;
  /** "Bewaar in je terugblik"; null while there is a choice to make first (no save button). */
  onSave: (() => void) | null;
}

/** The article's three prompts, answered in the person's own words (each may stay empty). */
export function FollowUpPrompts({ messages, answers, firstRef, ...props }: FollowUpPromptsProps) {
  return (
    <form
      class="follow-up-answers"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave?.();
      }}
    >
      <p class="follow-up-hint">{messages.answersHint}</p>
      {ANSWER_FIELDS.map((field, index) => (
        <div class="follow-up-field" key={field}>
          <label for={`follow-up-${field}`}>{messages.answerLabels[field]}</label>
          <textarea
            id={`follow-up-${field}`}
            rows={2}
            dir="auto"
            ref={index === 0 ? firstRef : undefined}
            value={answers[field]}
            onInput={(event) => props.onInput(field, event.currentTarget.value)}
          />
        </div>
      ))}
      {props.onSave && (
        <button type="submit" class="button button-primary">
          {messages.saveAnswers}
        </button>
      )}
    </form>
  );
}
