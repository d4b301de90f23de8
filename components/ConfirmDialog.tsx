import { useEffect, useId, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A confirm that deletes gets the colour of danger. */
  isDestructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before something that cannot be undone. A modal `<dialog>`: the browser keeps focus
 * inside it, Escape cancels, and focus returns to where it was. Cancel comes first and has focus,
 * so a stray Enter changes nothing.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        // Escape: the page decides, so its state and the dialog never disagree.
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p id={textId}>{props.text}</p>
      <div class="dialog-actions">
        <button type="button" class="button button-quiet" autofocus onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
        <button
          type="button"
          class={`button ${props.isDestructive ? 'button-danger' : 'button-primary'}`}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
