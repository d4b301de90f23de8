import type { Ref } from 'preact';
import type { JournalMessages } from '@/assets/i18n/journal-types';

export interface EntryButtonsProps {
  messages: JournalMessages;
  /** The entry's heading, which the buttons are described by ("Bewerken" of which entry). */
  headingId: string;
  editLabel: string;
  editRef: Ref<HTMLButtonElement>;
  onEdit: () => void;
  /** "Laat maar": lets an open step go, for a step that is open. */
  onLetGo?: () => void;
  onDelete: () => void;
  /** Said after a change: "Bewaard.", or why it did not land. */
  status: string;
}

/** An entry's "Bewerken", "Laat maar" (an open step) and "Verwijderen", and what the last change did. */
export function EntryButtons(props: EntryButtonsProps) {
  return (
    <>
      <div class="entry-actions">
        <button
          type="button"
          class="button button-quiet"
          ref={props.editRef}
          aria-describedby={props.headingId}
          onClick={props.onEdit}
        >
          {props.editLabel}
        </button>
        {props.onLetGo && (
          <button
            type="button"
            class="button button-quiet"
            aria-describedby={props.headingId}
            onClick={props.onLetGo}
          >
            {props.messages.letGoStep}
          </button>
        )}
        <button
          type="button"
          class="button button-quiet"
          aria-describedby={props.headingId}
          onClick={props.onDelete}
        >
          {props.messages.deleteEntry}
        </button>
      </div>
      <p class="entry-status" role="status">
        {props.status}
      </p>
    </>
  );
}
