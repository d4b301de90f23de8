/** A button with the sentence that says what it does, tied to it as its description. */
export function DataAction(props: {
  id: string;
  label: string;
  hint: string;
  variant: 'button-primary' | 'button-quiet' | 'button-danger-quiet';
  onClick: () => void;
}) {
  return (
    <div class="data-action">
      <button
        type="button"
        class={`button ${props.variant}`}
        aria-describedby={`${props.id}-hint`}
        onClick={props.onClick}
      >
        {props.label}
      </button>
      <p class="field-hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
    </div>
  );
}
