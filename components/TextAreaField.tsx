import type { Ref } from 'preact';
import { FieldShell } from './FieldShell';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  /** The message shown beside the field, or null when the words are fine. */
  error: string | null;
  rows?: number;
  /** The textarea itself, for the page to move focus to. */
  inputRef?: Ref<HTMLTextAreaElement>;
  onInput: (value: string) => void;
}

/**
 * A field for the user's own words: a labelled textarea with its hint and its message. Enter is a
 * new line, as in any textarea, never a save. No maxLength: a pasted text too long is kept whole
 * and the message says how much shorter it needs to be, rather than being cut off unseen.
 * `dir="auto"`: words in a right-to-left script read from the right.
 */
export function TextAreaField(props: TextAreaFieldProps) {
  return (
    <FieldShell id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(description) => (
        <textarea
          id={props.id}
          name={props.id}
          ref={props.inputRef}
          rows={props.rows ?? 2}
          dir="auto"
          value={props.value}
          {...description}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}
