export interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  hint: string;
  options: readonly { value: T; label: string; lang?: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A labelled choice from a short list. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        aria-describedby={hintId}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      <p class="field-hint" id={hintId}>
        {props.hint}
      </p>
    </div>
  );
}
