import { useState } from 'preact/hooks';
import type { FieldCheck } from '@/utils/core/preferences';

/** What a typed field holds while the person edits it, and why it was last refused. */
export interface FieldDraft<E extends string> {
  text: string;
  /** The reason the last committed text was refused, or null; the page puts it into words. */
  error: E | null;
  setText: (text: string) => void;
  /**
   * Checks the text. A valid one is shown as it will be stored ("045" becomes "45") and its value
   * returned; an invalid one keeps its text, records the reason and returns null.
   */
  check: (text: string) => number | null;
}

/** The draft of a field that stores a number but is typed as text (minutes, seconds, a time). */
export function useFieldDraft<E extends string>(
  storedValue: number,
  checkInput: (input: string) => FieldCheck<number, E>,
  format: (value: number) => string = String,
): FieldDraft<E> {
  const [text, setText] = useState(() => format(storedValue));
  const [error, setError] = useState<E | null>(null);
  return {
    text,
    error,
    setText,
    check(input) {
      const result = checkInput(input);
      if (!result.isValid) {
        setError(result.error);
        return null;
      }
      setError(null);
      setText(format(result.value));
      return result.value;
    },
  };
}
