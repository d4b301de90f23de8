export interface ToggleFieldProps {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled on/off choice with a hint: a checkbox, so Space turns it on and off. */
export function ToggleField(props: ToggleFieldProps) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="toggle-field">
      <div class="check">
        <input
          type="checkbox"
          id={props.id}
          name={props.id}
          checked={props.checked}
          aria-describedby={hintId}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
        <label for={props.id}>{props.label}</label>
      </div>
      <p class="field-hint" id={hintId}>
        {props.hint}
      </p>
    </div>
  );
}
