import { useEffect, useRef, useState } from 'preact/hooks';
import type { StepMessages } from '@/assets/i18n/steps-types';
import {
  ANSWER_FIELDS,
  ANSWER_MAX_CHARS,
  type FollowUpAnswers,
  type FollowUpReply,
} from '@/utils/core/intentions';

export interface FollowUpProps {
  messages: StepMessages;
  /** The step as the card says it, and the user's own words with it ('' when none). */
  stepText: string;
  words: string;
  /** Stores the answer; resolves to whether it landed. */
  onReply: (reply: FollowUpReply) => Promise<boolean>;
}

const NO_ANSWERS: FollowUpAnswers = { felt: '', reactions: '', innerSteps: '' };

/**
 * A step's follow-up, asked gently: "Gedaan" opens the article's three prompts, "Nog niet" asks
 * again another day, "Laat maar" lets it go. Nothing is counted, nothing is stored until chosen.
 */
export function FollowUp({ messages, stepText, words, onReply }: FollowUpProps) {
  const [isAnswering, setIsAnswering] = useState(false);
  const [answers, setAnswers] = useState(NO_ANSWERS);
  const [answered, setAnswered] = useState<FollowUpReply['kind'] | null>(null);
  const [problem, setProblem] = useState('');
  const firstRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (isAnswering) firstRef.current?.focus();
  }, [isAnswering]);
  useEffect(() => {
    if (answered) doneRef.current?.focus();
  }, [answered]);

  async function reply(chosen: FollowUpReply) {
    if (chosen.kind === 'done') {
      const long = ANSWER_FIELDS.find((field) => chosen.answers[field].length > ANSWER_MAX_CHARS);
      if (long) {
        setProblem(messages.answerTooLong(chosen.answers[long].length, ANSWER_MAX_CHARS));
        return;
      }
    }
    const isStored = await onReply(chosen).catch(() => false);
    if (isStored) setAnswered(chosen.kind);
    else setProblem(messages.answerFailed);
  }

  return (
    <section class="follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{messages.followUpHeading}</h2>
      <p class="follow-up-intro">{messages.followUpIntro}</p>
      <blockquote class="follow-up-step">
        <p>{stepText}</p>
        {words !== '' && <p class="follow-up-words">{words}</p>}
      </blockquote>
      {answered ? (
        <p class="follow-up-answered" role="status" tabIndex={-1} ref={doneRef}>
          {messages.answered[answered]}
        </p>
      ) : isAnswering ? (
        <form
          class="follow-up-answers"
          onSubmit={(event) => {
            event.preventDefault();
            void reply({ kind: 'done', answers });
          }}
        >
          <p class="follow-up-hint">{messages.answersHint}</p>
          {ANSWER_FIELDS.map((field, index) => (
            <div class="follow-up-field" key={field}>
              <label for={`follow-up-${field}`}>{messages.answerLabels[field]}</label>
              <textarea
                id={`follow-up-${field}`}
                rows={2}
                ref={index === 0 ? firstRef : undefined}
                value={answers[field]}
                onInput={(event) => {
                  const value = event.currentTarget.value;
                  setAnswers((held) => ({ ...held, [field]: value }));
                  setProblem('');
                }}
              />
            </div>
          ))}
          <button type="submit" class="button button-primary">
            {messages.saveAnswers}
          </button>
        </form>
      ) : (
        <div class="follow-up-choices">
          <button type="button" class="button button-primary" onClick={() => setIsAnswering(true)}>
            {messages.followUpDone}
          </button>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => void reply({ kind: 'not-yet' })}
          >
            {messages.followUpNotYet}
          </button>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => void reply({ kind: 'let-go' })}
          >
            {messages.followUpLetGo}
          </button>
        </div>
      )}
      <p class="follow-up-problem" role="alert">
        {problem}
      </p>
    </section>
  );
}
