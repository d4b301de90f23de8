import { useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '@/utils/core/card';
import { isRefusal, type Refusal } from '@/utils/core/edit';
import { describeTime, type TakenLine } from '@/utils/core/journal';
import type { Language } from '@/utils/core/language';
import { DeletedEntry } from './DeletedEntry';
import { EntryButtons } from './EntryButtons';
import { EntryCard } from './EntryCard';
import { type EntryMessages, sayRefusal } from './entry-words';
import { NoteEditor } from './NoteEditor';
import type { EntryActions } from './use-journal-data';

export interface JournalEntryProps extends EntryActions<TakenLine> {
  /** Unique on the page: ids inside the entry are built from it. */
  id: string;
  line: TakenLine;
  /** The card the note was written beside, in the page's language; null when the deck has none. */
  card: Card | null;
  messages: EntryMessages;
  language: Language;
}

/**
 * One pause read back: its time, its card in full, the note. The note is edited in place; a
 * delete leaves an undo where the entry was.
 */
export function JournalEntry(props: JournalEntryProps) {
  const { id, line, card, messages, language, isDeleted } = props;
  const [isEditing, setIsEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [isFocusDue, setIsFocusDue] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = `${id}-heading`;

  // Back from an undo: focus goes to the entry's first button, where the undo was.
  const wasDeleted = useRef(isDeleted);
  useEffect(() => {
    if (wasDeleted.current && !isDeleted) editRef.current?.focus();
    wasDeleted.current = isDeleted;
  }, [isDeleted]);

  useEffect(() => {
    if (!isFocusDue) return;
    editRef.current?.focus();
    setIsFocusDue(false);
  }, [isFocusDue]);

  function edit(isOpen: boolean) {
    setIsEditing(isOpen);
    props.onEditing(isOpen);
  }

  if (isDeleted) return <DeletedEntry id={id} messages={messages} onUndo={props.onUndo} />;

  return (
    <article class="entry" aria-labelledby={headingId}>
      <h3 class="entry-heading" id={headingId}>
        <time dateTime={new Date(line.atMs).toISOString()}>
          {describeTime(line.atMs, language)}
        </time>
        <span class="entry-kind"> · {messages.pauseEntry}</span>
      </h3>
      {card && <EntryCard card={card} messages={messages} />}
      {isEditing ? (
        <NoteEditor
          id={id}
          messages={messages}
          line={line}
          current={props.current}
          store={props.store}
          onDone={(isSaved) => {
            edit(false);
            setStatus(isSaved ? messages.saved : '');
            setIsFocusDue(true);
          }}
        />
      ) : (
        <>
          {line.note !== '' && (
            <p class="entry-note" dir="auto">
              {line.note}
            </p>
          )}
          <EntryButtons
            messages={messages}
            headingId={headingId}
            editLabel={line.note === '' ? messages.addNote : messages.editNote}
            editRef={editRef}
            onEdit={() => {
              setStatus('');
              edit(true);
            }}
            onDelete={async () => {
              const result = await props
                .onDelete()
                .catch((): Refusal<TakenLine> => ({ refused: 'saveFailed' }));
              setStatus(isRefusal(result) ? sayRefusal(result.refused, messages) : '');
            }}
            status={status}
          />
        </>
      )}
    </article>
  );
}
