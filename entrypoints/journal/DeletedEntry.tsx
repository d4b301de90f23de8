import { useEffect, useRef, useState } from 'preact/hooks';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import type { SaveFailure } from './NoteEditor';

export interface DeletedEntryProps {
  id: string;
  messages: JournalMessages;
  /** Puts the entry back; resolves to why it could not, or null once it is back. */
  onUndo: () => Promise<SaveFailure | null>;
}

/** Where an entry was deleted: "Verwijderd." and its undo, which has the focus. */
export function DeletedEntry({ id, messages, onUndo }: DeletedEntryProps) {
  const [failure, setFailure] = useState('');
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => undoRef.current?.focus(), []);
  return (
    <article class="entry entry-deleted" aria-labelledby={`${id}-heading`}>
      <p class="entry-status" role="status" id={`${id}-heading`}>
        {messages.deleted}{' '}
        <button
          type="button"
          class="button-link"
          ref={undoRef}
          onClick={async () => {
            const reason = await onUndo().catch((): SaveFailure => 'saveFailed');
            setFailure(reason ? messages[reason] : '');
          }}
        >
          {messages.undo}
        </button>
      </p>
      <p class="entry-error" role="alert">
        {failure}
      </p>
    </article>
  );
}
