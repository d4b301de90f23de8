import { useEffect, useRef, useState } from 'preact/hooks';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import { NOTE_MAX_CHARS } from '@/utils/core/pause-log';

/** Why a save did not go through; the text stays in the field. */
export type SaveFailure = 'saveFailed' | 'lineGone' | 'notesFull';

export interface NoteEditorProps {
  /** Unique on the page: the field's id is built from it. */
  id: string;
  messages: JournalMessages;
  initialNote: string;
  /** Saves the note; resolves to why it was not saved, or null once it is. */
  onSave: (note: string) => Promise<SaveFailure | null>;
  onCancel: () => void;
}

/** A note edited in place: its field, "Bewaren" and "Annuleren". Focus starts in the field. */
export function NoteEditor({ id, messages, initialNote, onSave, onCancel }: NoteEditorProps) {
  const [note, setNote] = useState(initialNote);
  const [failure, setFailure] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = `${id}-note`;
  const errorId = `${id}-error`;

  useEffect(() => fieldRef.current?.focus(), []);

  async function save() {
    if (isSaving) return;
    if (note.length > NOTE_MAX_CHARS) {
      setFailure(messages.noteTooLong(note.length, NOTE_MAX_CHARS));
      return;
    }
    setIsSaving(true);
    const reason = await onSave(note).catch((): SaveFailure => 'saveFailed');
    if (reason) {
      setFailure(messages[reason]);
      setIsSaving(false);
    }
  }

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
      <label for={fieldId}>{messages.noteLabel}</label>
      <textarea
        id={fieldId}
        ref={fieldRef}
        rows={5}
        value={note}
        aria-invalid={failure ? 'true' : undefined}
        aria-describedby={failure ? errorId : undefined}
        onInput={(event) => {
          setNote(event.currentTarget.value);
          setFailure('');
        }}
      />
      <p class="entry-error" id={errorId} role="alert">
        {failure}
      </p>
      <div class="entry-actions">
        <button type="submit" class="button button-primary" disabled={isSaving}>
          {messages.saveNote}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </form>
  );
}
