import { type ElsewhereNote, FieldShell } from './FieldShell';

export interface NumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  /** The message shown beside the field, or null when the value is fine. */
  error: string | null;
  /** What another page stored for the field while it was typed here, if it differs. */
  elsewhere?: ElsewhereNote | null;
  onInput: (value: string) => void;
  /** Called when the person leaves the field or presses Enter. */
  onCommit: (value: string) => void;
}

/**
 * A whole-number field. A text input with a numeric keyboard, not type=number: every keystroke
 * reaches our own check, so "1e3" or "12,5" get a clear message instead of a silently empty value.
 */
export function NumberField({
  id,
  label,
  hint,
  value,
  error,
  elsewhere,
  onInput,
  onCommit,
}: NumberFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} elsewhere={elsewhere}>
      {(description) => (
        <input
          id={id}
          name={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          value={value}
          {...description}
          onInput={(event) => onInput(event.currentTarget.value)}
          onChange={(event) => onCommit(event.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}
