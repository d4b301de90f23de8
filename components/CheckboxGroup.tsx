export interface CheckboxGroupProps<T extends string | number> {
  id: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  checked: readonly T[];
  /** The message shown beside the group, or null when the choice is fine. */
  error: string | null;
  /** 'row' sets short options side by side, wrapping (weekdays); the default stacks them. */
  layout?: 'stack' | 'row';
  onChange: (checked: T[]) => void;
}

/** A group of checkboxes with one legend and one message for the whole group. */
export function CheckboxGroup<T extends string | number>(props: CheckboxGroupProps<T>) {
  const errorId = `${props.id}-error`;
  return (
    <fieldset
      class={props.error ? 'field-group field-invalid' : 'field-group'}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      <div class={props.layout === 'row' ? 'checks checks-row' : 'checks'}>
        {props.options.map((option) => (
          <label class="check" key={option.value}>
            <input
              type="checkbox"
              name={props.id}
              value={option.value}
              checked={props.checked.includes(option.value)}
              aria-invalid={props.error ? 'true' : 'false'}
              onChange={(event) => {
                const others = props.checked.filter((value) => value !== option.value);
                props.onChange(event.currentTarget.checked ? [...others, option.value] : others);
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
      <p class="field-error" id={errorId} aria-live="polite">
        {props.error}
      </p>
    </fieldset>
  );
}
