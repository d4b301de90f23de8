import { useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '@/assets/content/types';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import { describeTime, type TakenLine } from '@/utils/core/journal';
import type { Language } from '@/utils/core/language';
import { DeletedEntry } from './DeletedEntry';
import { EntryButtons } from './EntryButtons';
import { EntryCard } from './EntryCard';
import { NoteEditor, type SaveFailure } from './NoteEditor';

export interface JournalEntryProps {
  /** Unique on the page: ids inside the entry are built from it. */
  id: string;
  line: TakenLine;
  /** The card the note was written beside, in the page's language; null when the deck has none. */
  card: Card | null;
  messages: JournalMessages;
  language: Language;
  /** Deleted a moment ago: the entry shows only its undo. */
  isDeleted: boolean;
  /** Each resolves to why it did not happen, or null once it did. */
  onSave: (note: string) => Promise<SaveFailure | null>;
  onDelete: () => Promise<SaveFailure | null>;
  onUndo: () => Promise<SaveFailure | null>;
}

/** Where focus goes after a change, so a keyboard user stays where they were. */
type Focus = 'edit' | null;

/**
 * One pause read back: its time, its card in full, the note. The note is edited in place; a
 * delete leaves an undo where the entry was.
 */
export function JournalEntry(props: JournalEntryProps) {
  const { id, line, card, messages, language, isDeleted } = props;
  const [isEditing, setIsEditing] = useState(false);
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<Focus>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = `${id}-heading`;

  // Back from an undo: focus goes to the entry's first button, where the undo was.
  const wasDeleted = useRef(isDeleted);
  useEffect(() => {
    if (wasDeleted.current && !isDeleted) editRef.current?.focus();
    wasDeleted.current = isDeleted;
  }, [isDeleted]);

  useEffect(() => {
    if (focus === 'edit') editRef.current?.focus();
    if (focus) setFocus(null);
  }, [focus]);

  /** Runs a change; says so when it failed, and returns whether it went through. */
  async function attempt(change: () => Promise<SaveFailure | null>): Promise<boolean> {
    const reason = await change().catch((): SaveFailure => 'saveFailed');
    setStatus(reason ? messages[reason] : '');
    return reason === null;
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
          initialNote={line.note}
          onSave={async (note) => {
            const reason = await props.onSave(note);
            if (reason === null) {
              setIsEditing(false);
              setStatus(messages.saved);
              setFocus('edit');
            }
            return reason;
          }}
          onCancel={() => {
            setIsEditing(false);
            setFocus('edit');
          }}
        />
      ) : (
        <>
          {line.note !== '' && <p class="entry-note">{line.note}</p>}
          <EntryButtons
            messages={messages}
            headingId={headingId}
            editLabel={line.note === '' ? messages.addNote : messages.editNote}
            editRef={editRef}
            onEdit={() => {
              setStatus('');
              setIsEditing(true);
            }}
            onDelete={() => void attempt(props.onDelete)}
            status={status}
          />
        </>
      )}
    </article>
  );
}
