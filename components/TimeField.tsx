import { type ElsewhereNote, FieldShell } from './FieldShell';

export interface TimeFieldProps {
  id: string;
  label: string;
  /** The id of the hint that explains this field; a pair of time fields share one. */
  hintId: string;
  /** What the field holds, "HH:MM" (24-hour), or "" while incomplete. */
  value: string;
  /** The message shown beside the field, or null when the value is fine. */
  error: string | null;
  /** What another page stored for the field while it was typed here, if it differs. */
  elsewhere?: ElsewhereNote | null;
  onInput: (value: string) => void;
  /** Called with a newly completed time, and when the person presses Enter or leaves the field. */
  onCommit: (value: string) => void;
}

/**
 * A time of day. The browser's own time input: it speaks the person's clock (24-hour or AM/PM)
 * and gives "HH:MM" to us either way, or "" while a part is missing, which our check refuses.
 */
export function TimeField(props: TimeFieldProps) {
  const { id, label, hintId, value, error, elsewhere, onInput, onCommit } = props;
  return (
    <FieldShell id={id} label={label} hintId={hintId} error={error} elsewhere={elsewhere}>
      {(description) => (
        <input
          id={id}
          name={id}
          type="time"
          value={value}
          {...description}
          onInput={(event) => onInput(event.currentTarget.value)}
          // Browsers fire change for a time input at each complete time typed, mid-edit, and with
          // "" when a part is cleared. A complete time is committed at once; an incomplete one
          // only on Enter or when the person leaves, so no message interrupts them while they type.
          // https://html.spec.whatwg.org/multipage/input.html#time-state-(type=time)
          onChange={(event) => {
            if (event.currentTarget.value !== '') onCommit(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onCommit(event.currentTarget.value);
          }}
          onBlur={(event) => onCommit(event.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}
