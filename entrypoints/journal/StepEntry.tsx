import { useRef, useState } from 'preact/hooks';
import type { Card } from '@/utils/core/card';
import { cardOfStepText } from '@/utils/core/card-text';
import { type ChangeResult, isRefusal } from '@/utils/core/edit';
import {
  ANSWER_FIELDS,
  answerFollowUp,
  getFollowUpDueMs,
  type Intention,
} from '@/utils/core/intentions';
import { describeTime, stepAtMs } from '@/utils/core/journal';
import type { Language } from '@/utils/core/language';
import { describeMoment } from '@/utils/core/moment-words';
import type { Preferences } from '@/utils/core/preferences';
import { DeletedEntry } from './DeletedEntry';
import { EntryButtons } from './EntryButtons';
import { EntryCard } from './EntryCard';
import { type EntryMessages, sayRefusal } from './entry-words';
import { StepEditor } from './StepEditor';
import type { EntryActions } from './use-journal-data';

export interface StepEntryProps extends EntryActions<Intention> {
  id: string;
  intention: Intention;
  card: Card | null;
  messages: EntryMessages;
  language: Language;
  /** The active hours, for when an open step's follow-up comes. */
  hours: Preferences;
  /** The clock: the page passes Date.now, tests a fake one. */
  now: () => number;
}

/**
 * A small step read back: the step, the user's words with it, and its follow-up (when it comes,
 * the answers, or that it was let go). The words and answers are edited in place; an open step
 * can be let go here too.
 */
export function StepEntry(props: StepEntryProps) {
  const { id, intention, messages, language } = props;
  const [isEditing, setIsEditing] = useState(false);
  const [status, setStatus] = useState('');
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = `${id}-heading`;
  const atMs = stepAtMs(intention);

  if (props.isDeleted) return <DeletedEntry id={id} messages={messages} onUndo={props.onUndo} />;

  function edit(isOpen: boolean) {
    setIsEditing(isOpen);
    props.onEditing(isOpen);
  }

  /** Runs a change of the whole entry; says what it came to. */
  async function attempt<Saved>(
    change: () => Promise<ChangeResult<Intention, Saved>>,
    done: string,
  ) {
    const result = await change().catch(
      (): ChangeResult<Intention, Saved> => ({ refused: 'saveFailed' }),
    );
    setStatus(isRefusal(result) ? sayRefusal(result.refused, messages) : done);
  }

  const nowMs = props.now();
  const dueMs = getFollowUpDueMs(intention, props.hours);
  const card = props.card ?? cardOfStepText(intention);
  return (
    <article class="entry entry-step" aria-labelledby={headingId}>
      <h3 class="entry-heading" id={headingId}>
        <time dateTime={new Date(atMs).toISOString()}>{describeTime(atMs, language)}</time>
        <span class="entry-kind"> · {messages.stepEntry}</span>
      </h3>
      {card && <EntryCard card={card} messages={messages} />}
      {isEditing ? (
        <StepEditor
          id={id}
          intention={intention}
          current={props.current}
          messages={messages}
          store={props.store}
          now={props.now}
          onDone={(isSaved) => {
            edit(false);
            setStatus(isSaved ? messages.saved : '');
            requestAnimationFrame(() => editRef.current?.focus());
          }}
        />
      ) : (
        <>
          {intention.words !== '' && (
            <p class="entry-words">
              <span class="entry-label">{messages.stepWordsLabel}: </span>
              <bdi>{intention.words}</bdi>
            </p>
          )}
          {intention.status === 'done' && (
            <dl class="entry-answers">
              {ANSWER_FIELDS.filter((field) => intention.answers[field] !== '').map((field) => (
                <div key={field}>
                  <dt>{messages.answerLabels[field]}</dt>
                  <dd dir="auto">{intention.answers[field]}</dd>
                </div>
              ))}
            </dl>
          )}
          {intention.status === 'let-go' && <p class="entry-follow">{messages.stepLetGo}</p>}
          {intention.status === 'open' && dueMs !== null && (
            <p class="entry-follow">
              {messages.stepOpen(describeMoment(dueMs, nowMs, messages.momentWords))}
            </p>
          )}
          <EntryButtons
            messages={messages}
            headingId={headingId}
            editLabel={messages.editNote}
            editRef={editRef}
            onEdit={() => {
              setStatus('');
              edit(true);
            }}
            onLetGo={
              intention.status === 'open'
                ? () =>
                    void attempt(
                      () =>
                        props.store.save(
                          intention,
                          answerFollowUp(intention, { kind: 'let-go' }, props.hours, props.now()),
                        ),
                      messages.stepLetGoSaved,
                    )
                : undefined
            }
            onDelete={() => void attempt(props.onDelete, '')}
            status={status}
          />
        </>
      )}
    </article>
  );
}
