import { useEffect, useRef, useState } from 'preact/hooks';
import { ChangedElsewhere } from '@/components/ChangedElsewhere';
import { type EditStore, useEdit } from '@/components/use-edit';
import { useLeaveGuard } from '@/components/use-leave-guard';
import { isRefusal, joinTexts } from '@/utils/core/edit';
import type { TakenLine } from '@/utils/core/journal';
import { getNoteRoom } from '@/utils/core/pause-log';
import { type EntryMessages, sayRefusal } from './entry-words';

export interface NoteEditorProps {
  /** Unique on the page: the field's id is built from it. */
  id: string;
  messages: EntryMessages;
  /** The pause as it was when the editor opened: every save is made against it. */
  line: TakenLine;
  /** The pause as stored now, as far as the page knows; null once deleted elsewhere. */
  current: TakenLine | null;
  store: EditStore<TakenLine>;
  /** The note was kept (or the person chose the other page's): the entry shows it again. */
  onDone: (isSaved: boolean) => void;
}

/**
 * A note edited in place: its field, "Bewaren" and "Annuleren". Focus starts in the field. A
 * note changed or deleted elsewhere meanwhile shows beside it, and the person keeps either or
 * both. A note two pages of one pause joined may be longer than one is written: its editor never
 * refuses it (see `getNoteRoom`).
 */
export function NoteEditor({ id, messages, current, store, onDone, ...props }: NoteEditorProps) {
  // What the editor began from stays so, whatever the page is given meanwhile.
  const [line] = useState(props.line);
  const [note, setNote] = useState(line.note);
  const [failure, setFailure] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const { theirs, save } = useEdit(line, current, store);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = `${id}-note`;
  const errorId = `${id}-error`;
  const maxChars = getNoteRoom(Math.max(line.note.length, theirs?.note.length ?? 0));
  useLeaveGuard(note !== line.note);

  useEffect(() => fieldRef.current?.focus(), []);

  async function keep(next: TakenLine, isChecked = true) {
    if (isSaving) return;
    if (isChecked && next.note.length > maxChars) {
      setFailure(messages.noteTooLong(next.note.length, maxChars));
      return;
    }
    setIsSaving(true);
    const result = await save(next);
    setIsSaving(false);
    if (!isRefusal(result)) onDone(true);
    else if (result.refused !== 'changed' && result.refused !== 'gone') {
      setFailure(sayRefusal(result.refused, messages));
    }
  }

  const onto = theirs ?? line;
  return (
    <form
      class="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (theirs === undefined) void keep({ ...line, note });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && theirs === undefined) onDone(false);
      }}
    >
      <label for={fieldId}>{messages.noteLabel}</label>
      <textarea
        id={fieldId}
        ref={fieldRef}
        rows={5}
        dir="auto"
        value={note}
        aria-invalid={failure ? 'true' : undefined}
        aria-describedby={failure ? errorId : undefined}
        onInput={(event) => {
          setNote(event.currentTarget.value);
          setFailure('');
        }}
      />
      {theirs !== undefined && (
        <ChangedElsewhere
          id={id}
          messages={messages}
          theirs={theirs && [{ label: messages.noteLabel, text: theirs.note }]}
          onKeepMine={() => void keep({ ...onto, note })}
          onKeepBoth={
            theirs
              ? () => void keep({ ...onto, note: joinTexts(onto.note, note) }, false)
              : undefined
          }
          onKeepTheirs={() => onDone(false)}
        />
      )}
      <p class="entry-error" id={errorId} role="alert">
        {failure}
      </p>
      {theirs === undefined && (
        <div class="entry-actions">
          <button type="submit" class="button button-primary" disabled={isSaving}>
            {messages.saveNote}
          </button>
          <button type="button" class="button button-quiet" onClick={() => onDone(false)}>
            {messages.cancel}
          </button>
        </div>
      )}
    </form>
  );
}
