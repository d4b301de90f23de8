export interface RadioGroupProps<T extends string> {
  /** Unique on the page: the group's name, and each choice's id (`${id}-${value}`). */
  id: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  /** What the choice is for, shown below it. */
  hint?: string;
  /** Something the current choice means, said as it comes (polite); null when there is nothing. */
  note?: string | null;
  onChange: (value: T) => void;
}

/**
 * One choice from a few, all in view: a fieldset of radio buttons, named by its legend. The arrow
 * keys move between the choices, as in every browser. The note's region is there from the start,
 * so what a choice means is read out when it is made.
 */
export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const hintId = `${props.id}-hint`;
  const noteId = `${props.id}-note`;
  const describedBy = [props.hint !== undefined && hintId, props.note && noteId].filter(Boolean);
  return (
    <fieldset
      class="field-group"
      aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
    >
      <legend>{props.legend}</legend>
      <div class="checks">
        {props.options.map((option) => (
          <label class="check" key={option.value}>
            <input
              type="radio"
              id={`${props.id}-${option.value}`}
              name={props.id}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {props.hint !== undefined && (
        <p class="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <p class="field-note" id={noteId} aria-live="polite">
        {props.note}
      </p>
    </fieldset>
  );
}
