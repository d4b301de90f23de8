import { useEffect, useRef, useState } from 'preact/hooks';
import { ChangedElsewhere } from '@/components/ChangedElsewhere';
import { type EditStore, useEdit } from '@/components/use-edit';
import { useLeaveGuard } from '@/components/use-leave-guard';
import { isRefusal, isSameVersion } from '@/utils/core/edit';
import {
  ANSWER_FIELDS,
  ANSWER_MAX_CHARS,
  type FollowUpAnswers,
  type Intention,
  WORDS_MAX_CHARS,
} from '@/utils/core/intentions';
import { joinTyped, listStepTexts, putTyped, type TypedStep } from '@/utils/core/step-edit';
import { type EntryMessages, sayRefusal } from './entry-words';

export interface StepEditorProps {
  id: string;
  /** The step as it was when the editor opened: every save is made against it. */
  intention: Intention;
  /** The step as stored now, as far as the page knows; null once deleted elsewhere. */
  current: Intention | null;
  messages: EntryMessages;
  store: EditStore<Intention>;
  /** The clock, for answers kept on a step let go elsewhere meanwhile. */
  now: () => number;
  onDone: (isSaved: boolean) => void;
}

/** The first field over its limit, in words; a field may stay as long as it was given. */
function findTooLong(typed: TypedStep, begin: TypedStep, messages: EntryMessages): string | null {
  const fields = [
    { text: typed.words, was: begin.words, max: WORDS_MAX_CHARS },
    ...ANSWER_FIELDS.map((field) => ({
      text: typed.answers?.[field] ?? '',
      was: begin.answers?.[field] ?? '',
      max: ANSWER_MAX_CHARS,
    })),
  ];
  const long = fields.find(({ text, was, max }) => text.length > Math.max(max, was.length));
  return long ? messages.noteTooLong(long.text.length, Math.max(long.max, long.was.length)) : null;
}

/** The user's words with a step, and its answers once done, edited in place. */
export function StepEditor(props: StepEditorProps) {
  const { id, messages } = props;
  // What the editor began from stays so, whatever the page is given meanwhile.
  const [intention] = useState(props.intention);
  const [begin] = useState<TypedStep>(() => ({
    words: intention.words,
    answers: intention.status === 'done' ? intention.answers : null,
  }));
  const [typed, setTyped] = useState(begin);
  const [failure, setFailure] = useState('');
  const { theirs, save } = useEdit(intention, props.current, props.store);
  const firstRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  useLeaveGuard(!isSameVersion(typed, begin));

  async function keep(next: Intention, isChecked = true) {
    const tooLong = isChecked && findTooLong(typed, begin, messages);
    if (tooLong) {
      setFailure(tooLong);
      return;
    }
    const result = await save(next);
    if (!isRefusal(result)) props.onDone(true);
    else if (result.refused !== 'changed' && result.refused !== 'gone') {
      setFailure(sayRefusal(result.refused, messages));
    }
  }

  const onto = theirs ?? intention;
  const field = (name: 'words' | keyof FollowUpAnswers, value: string, isFirst = false) => (
    <div class="step-field" key={name}>
      <label for={`${id}-${name}`}>
        {name === 'words' ? messages.stepWordsLabel : messages.answerLabels[name]}
      </label>
      <textarea
        id={`${id}-${name}`}
        rows={2}
        dir="auto"
        ref={isFirst ? firstRef : undefined}
        value={value}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setTyped((held) =>
            name === 'words'
              ? { ...held, words: text }
              : { ...held, answers: held.answers && { ...held.answers, [name]: text } },
          );
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
        if (theirs === undefined) void keep(putTyped(intention, typed, props.now()));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && theirs === undefined) props.onDone(false);
      }}
    >
      {field('words', typed.words, true)}
      {typed.answers && ANSWER_FIELDS.map((name) => field(name, typed.answers?.[name] ?? ''))}
      {theirs !== undefined && (
        <ChangedElsewhere
          id={id}
          messages={messages}
          theirs={
            theirs &&
            listStepTexts(theirs).map(({ field: name, text }) => ({
              label: name === 'words' ? messages.stepWordsLabel : messages.answerLabels[name],
              text,
            }))
          }
          onKeepMine={() => void keep(putTyped(onto, typed, props.now()))}
          onKeepBoth={
            theirs ? () => void keep(joinTyped(theirs, typed, props.now()), false) : undefined
          }
          onKeepTheirs={() => props.onDone(false)}
        />
      )}
      <p class="entry-error" role="alert">
        {failure}
      </p>
      {theirs === undefined && (
        <div class="entry-actions">
          <button type="submit" class="button button-primary">
            {messages.saveNote}
          </button>
          <button type="button" class="button button-quiet" onClick={() => props.onDone(false)}>
            {messages.cancel}
          </button>
        </div>
      )}
    </form>
  );
}
