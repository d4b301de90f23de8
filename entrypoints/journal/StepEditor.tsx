import { useEffect, useRef, useState } from 'preact/hooks';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import {
  ANSWER_FIELDS,
  ANSWER_MAX_CHARS,
  type FollowUpAnswers,
  type Intention,
  WORDS_MAX_CHARS,
} from '@/utils/core/intentions';
import type { EntryActions } from './use-journal-data';

export interface StepEditorProps {
  id: string;
  intention: Intention;
  messages: JournalMessages;
  onSave: (next: Intention) => ReturnType<EntryActions<Intention>['onSave']>;
  onCancel: () => void;
}

/** The user's words with a step, and its answers once done, edited in place. */
export function StepEditor({ id, intention, messages, onSave, onCancel }: StepEditorProps) {
  const [words, setWords] = useState(intention.words);
  const [answers, setAnswers] = useState<FollowUpAnswers | null>(
    intention.status === 'done' ? intention.answers : null,
  );
  const [failure, setFailure] = useState('');
  const firstRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  async function save() {
    const tooLong =
      words.length > WORDS_MAX_CHARS
        ? messages.noteTooLong(words.length, WORDS_MAX_CHARS)
        : ANSWER_FIELDS.map((field) => answers?.[field] ?? '')
            .filter((answer) => answer.length > ANSWER_MAX_CHARS)
            .map((answer) => messages.noteTooLong(answer.length, ANSWER_MAX_CHARS))[0];
    if (tooLong) {
      setFailure(tooLong);
      return;
    }
    const next: Intention =
      intention.status === 'done' && answers
        ? { ...intention, words, answers }
        : { ...intention, words };
    const reason = await onSave(next).catch(() => 'saveFailed' as const);
    if (reason) setFailure(messages[reason]);
  }

  const field = (
    fieldId: string,
    label: string,
    value: string,
    onInput: (value: string) => void,
    isFirst = false,
  ) => (
    <div class="step-field">
      <label for={fieldId}>{label}</label>
      <textarea
        id={fieldId}
        rows={2}
        ref={isFirst ? firstRef : undefined}
        value={value}
        onInput={(event) => {
          onInput(event.currentTarget.value);
          setFailure('');
        }}
      />
    </div>
  );
  return (
    <form
      class="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      {field(`${id}-words`, messages.stepWordsLabel, words, setWords, true)}
      {answers &&
        ANSWER_FIELDS.map((name) =>
          field(`${id}-${name}`, messages.answerLabels[name], answers[name], (value) =>
            setAnswers((held) => (held ? { ...held, [name]: value } : held)),
          ),
        )}
      <p class="entry-error" role="alert">
        {failure}
      </p>
      <div class="entry-actions">
        <button type="submit" class="button button-primary">
          {messages.saveNote}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}
