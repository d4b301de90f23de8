import { useState } from 'preact/hooks';
import type { FieldCheck } from '@/utils/core/preferences';

/** What a typed field holds while the person edits it, and why it was last refused. */
export interface FieldDraft<E extends string> {
  text: string;
  /** The reason the last committed text was refused, or null; the page puts it into words. */
  error: E | null;
  /**
   * A value another page stored while something else was typed here, as the field shows it; null
   * while there is none. The typed text stays until the person keeps it or takes this one.
   */
  elsewhere: string | null;
  setText: (text: string) => void;
  /**
   * Checks the text. A valid one is shown as it will be stored ("045" becomes "45") and its value
   * returned; an invalid one keeps its text, records the reason and returns null.
   */
  check: (text: string) => number | null;
  /**
   * Another page stored `value` where this page showed `before`: an untouched field shows it; a
   * field with something else typed keeps it, and says what is stored there now.
   */
  follow: (value: number, before: number) => void;
  /** Takes the value stored elsewhere in place of what was typed. */
  takeElsewhere: () => void;
}

/** The draft of a field that stores a number but is typed as text (minutes, seconds, a time). */
export function useFieldDraft<E extends string>(
  storedValue: number,
  checkInput: (input: string) => FieldCheck<number, E>,
  format: (value: number) => string = String,
): FieldDraft<E> {
  const [text, setText] = useState(() => format(storedValue));
  const [error, setError] = useState<E | null>(null);
  const [elsewhere, setElsewhere] = useState<string | null>(null);
  return {
    text,
    error,
    elsewhere,
    setText,
    check(input) {
      const result = checkInput(input);
      if (!result.isValid) {
        setError(result.error);
        return null;
      }
      setError(null);
      setElsewhere(null);
      setText(format(result.value));
      return result.value;
    },
    follow(value, before) {
      if (text === format(before) || text === format(value)) {
        setText(format(value));
        setElsewhere(null);
      } else setElsewhere(format(value));
    },
    takeElsewhere() {
      if (elsewhere === null) return;
      setText(elsewhere);
      setError(null);
      setElsewhere(null);
    },
  };
}
