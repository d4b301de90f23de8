import type { ComponentChildren } from 'preact';

/** How the shell ties its input to the words around it: the attributes the input takes. */
export interface FieldDescription {
  'aria-invalid': 'true' | 'false';
  'aria-describedby': string;
}

/** A value stored for this field on another page while it was being typed here, and the way to take it. */
export interface ElsewhereNote {
  /** In words: what is stored there now, and that the value typed here stays until kept. */
  text: string;
  takeLabel: string;
  onTake: () => void;
}

export interface FieldShellProps {
  id: string;
  label: string;
  /** The field's own hint, shown below it. */
  hint?: string;
  /** The id of a hint elsewhere that explains this field (a pair of fields may share one). */
  hintId?: string;
  /** The message shown beside the field, or null when the value is fine. */
  error: string | null;
  /** Set while another page stored a value for the field that differs from the one typed here. */
  elsewhere?: ElsewhereNote | null;
  /** The input itself, given the attributes that tie it to its label, hint and error. */
  children: (description: FieldDescription) => ComponentChildren;
}

/**
 * What every typed field has around its input: the label, the hint, and the message beside it
 * when a value is refused, all tied to the input for screen readers. The message region is there
 * from the start (polite), so a refusal is read out when it comes.
 */
export function FieldShell(props: FieldShellProps) {
  const { id, label, hint, hintId, error, elsewhere, children } = props;
  const ownHintId = hintId ?? `${id}-hint`;
  const errorId = `${id}-error`;
  const noteId = `${id}-elsewhere`;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({
        'aria-invalid': error ? 'true' : 'false',
        'aria-describedby': [error && errorId, elsewhere && noteId, ownHintId]
          .filter(Boolean)
          .join(' '),
      })}
      {hint !== undefined && (
        <p class="field-hint" id={ownHintId}>
          {hint}
        </p>
      )}
      <p class="field-error" id={errorId} aria-live="polite">
        {error}
      </p>
      <div class="field-note" aria-live="polite">
        {elsewhere && (
          <p id={noteId}>
            {elsewhere.text}{' '}
            <button type="button" class="button-link" onClick={elsewhere.onTake}>
              {elsewhere.takeLabel}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
