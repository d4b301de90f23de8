import { useEffect, useRef, useState } from 'preact/hooks';
import type { StepMessages } from '@/assets/i18n/steps-types';
import {
  type CommitProblem,
  LOOK_BACKS,
  type LookBack,
  WORDS_MAX_CHARS,
} from '@/utils/core/intentions';
import { describeMoment } from '@/utils/core/moment-words';

export interface StepCommitProps {
  messages: StepMessages;
  /** Unique on the page: the fields' ids are built from it. */
  id: string;
  /**
   * Stores the step; resolves to why it was not stored, or once it is, to the moment its
   * follow-up can first come (in ms: the look-back inside the active hours).
   */
  onCommit: (words: string, lookBack: LookBack) => Promise<CommitProblem | 'saveFailed' | number>;
  onCancel: () => void;
  /** The clock the moment is said against (tests pass a fake one). */
  now?: () => number;
}

/**
 * "Dit ga ik proberen": the user's own words with a step (with whom, how), and when to look back.
 * Focus starts in the words; once stored, the form gives way to when the follow-up comes.
 */
export function StepCommit({ messages, id, onCommit, onCancel, now = Date.now }: StepCommitProps) {
  const [words, setWords] = useState('');
  const [lookBack, setLookBack] = useState<LookBack>('tomorrow');
  const [problem, setProblem] = useState('');
  /** What is said once the step is stored: when its follow-up comes. */
  const [committed, setCommitted] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const wordsRef = useRef<HTMLTextAreaElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => wordsRef.current?.focus(), []);
  useEffect(() => {
    if (committed) doneRef.current?.focus();
  }, [committed]);

  async function commit() {
    if (isSaving) return;
    if (words.trim().length > WORDS_MAX_CHARS) {
      setProblem(messages.wordsTooLong(words.trim().length, WORDS_MAX_CHARS));
      return;
    }
    setIsSaving(true);
    const result = await onCommit(words, lookBack).catch(() => 'saveFailed' as const);
    setIsSaving(false);
    if (typeof result === 'number') {
      setCommitted(messages.committed(describeMoment(result, now(), messages.momentWords)));
    } else setProblem(messages.commitProblems[result]);
  }

  if (committed) {
    return (
      <p class="step-committed" role="status" tabIndex={-1} ref={doneRef}>
        {committed}
      </p>
    );
  }
  return (
    <form
      class="step-commit"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void commit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 class="step-commit-heading" id={`${id}-heading`}>
        {messages.commitHeading}
      </h2>
      <label for={`${id}-words`}>{messages.wordsLabel}</label>
      <p class="step-hint" id={`${id}-hint`}>
        {messages.wordsHint}
      </p>
      <textarea
        id={`${id}-words`}
        ref={wordsRef}
        rows={2}
        value={words}
        aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(event) => {
          setWords(event.currentTarget.value);
          setProblem('');
        }}
      />
      <fieldset class="step-look-back">
        <legend>{messages.lookBackLegend}</legend>
        {LOOK_BACKS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-look-back`}
              value={value}
              checked={lookBack === value}
              onChange={() => setLookBack(value)}
            />
            {messages.lookBackNames[value]}
          </label>
        ))}
      </fieldset>
      <p class="step-problem" id={`${id}-problem`} role="alert">
        {problem}
      </p>
      <div class="step-actions">
        <button type="submit" class="button button-primary" disabled={isSaving}>
          {messages.commitStep}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {messages.cancelStep}
        </button>
      </div>
    </form>
  );
}
