import { useRef, useState } from 'preact/hooks';
import type { Card } from '@/assets/content/types';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import { ANSWER_FIELDS, getFollowUpDueMs, type Intention } from '@/utils/core/intentions';
import { describeTime, stepAtMs } from '@/utils/core/journal';
import type { Language } from '@/utils/core/language';
import { describeMoment } from '@/utils/core/moment-words';
import type { Preferences } from '@/utils/core/preferences';
import { DeletedEntry } from './DeletedEntry';
import { EntryButtons } from './EntryButtons';
import { EntryCard } from './EntryCard';
import { StepEditor } from './StepEditor';
import type { EntryActions } from './use-journal-data';

export interface StepEntryProps extends EntryActions<Intention> {
  id: string;
  intention: Intention;
  card: Card | null;
  messages: JournalMessages;
  language: Language;
  /** The active hours, for when an open step's follow-up comes. */
  hours: Preferences;
  nowMs: number;
}

/**
 * A small step read back: the step, the user's words with it, and its follow-up (when it comes,
 * the answers, or that it was let go). The words and answers are edited in place.
 */
export function StepEntry(props: StepEntryProps) {
  const { id, intention, messages, language } = props;
  const [isEditing, setIsEditing] = useState(false);
  const [status, setStatus] = useState('');
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = `${id}-heading`;
  const atMs = stepAtMs(intention);

  if (props.isDeleted) return <DeletedEntry id={id} messages={messages} onUndo={props.onUndo} />;

  const dueMs = getFollowUpDueMs(intention, props.hours);
  return (
    <article class="entry entry-step" aria-labelledby={headingId}>
      <h3 class="entry-heading" id={headingId}>
        <time dateTime={new Date(atMs).toISOString()}>{describeTime(atMs, language)}</time>
        <span class="entry-kind"> · {messages.stepEntry}</span>
      </h3>
      {props.card && <EntryCard card={props.card} messages={messages} />}
      {isEditing ? (
        <StepEditor
          id={id}
          intention={intention}
          messages={messages}
          onCancel={() => setIsEditing(false)}
          onSave={async (next) => {
            const reason = await props.onSave(next);
            if (reason === null) {
              setIsEditing(false);
              setStatus(messages.saved);
              requestAnimationFrame(() => editRef.current?.focus());
            }
            return reason;
          }}
        />
      ) : (
        <>
          {intention.words !== '' && (
            <p class="entry-words">
              <span class="entry-label">{messages.stepWordsLabel}: </span>
              {intention.words}
            </p>
          )}
          {intention.status === 'done' && (
            <dl class="entry-answers">
              {ANSWER_FIELDS.filter((field) => intention.answers[field] !== '').map((field) => (
                <div key={field}>
                  <dt>{messages.answerLabels[field]}</dt>
                  <dd>{intention.answers[field]}</dd>
                </div>
              ))}
            </dl>
          )}
          {intention.status === 'let-go' && <p class="entry-follow">{messages.stepLetGo}</p>}
          {intention.status === 'open' && dueMs !== null && (
            <p class="entry-follow">
              {messages.stepOpen(describeMoment(dueMs, props.nowMs, messages.momentWords))}
            </p>
          )}
          <EntryButtons
            messages={messages}
            headingId={headingId}
            editLabel={messages.editNote}
            editRef={editRef}
            onEdit={() => {
              setStatus('');
              setIsEditing(true);
            }}
            onDelete={async () => {
              const reason = await props.onDelete().catch(() => 'saveFailed' as const);
              setStatus(reason ? messages[reason] : '');
            }}
            status={status}
          />
        </>
      )}
    </article>
  );
}
