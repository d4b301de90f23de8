import { useEffect, useRef, useState } from 'preact/hooks';
import { type ChangeResult, isRefusal, type Refusal } from '@/utils/core/edit';
import { type EntryMessages, sayRefusal } from './entry-words';

export interface DeletedEntryProps {
  id: string;
  messages: EntryMessages;
  /** Puts the entry back; resolves to what that came to. */
  onUndo: () => Promise<ChangeResult<unknown>>;
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
            const result = await onUndo().catch(
              (): Refusal<unknown> => ({ refused: 'saveFailed' }),
            );
            setFailure(isRefusal(result) ? sayRefusal(result.refused, messages) : '');
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
