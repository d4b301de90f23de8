// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextAreaField, type TextAreaFieldProps } from '@/components/TextAreaField';

afterEach(cleanup);

function renderField(overrides: Partial<TextAreaFieldProps> = {}) {
  const props: TextAreaFieldProps = {
    id: 'words',
    label: 'Je woorden',
    hint: 'Tot 280 tekens.',
    value: '',
    error: null,
    onInput: vi.fn(),
    ...overrides,
  };
  const view = render(<TextAreaField {...props} />);
  return { props, view, field: screen.getByLabelText('Je woorden') as HTMLTextAreaElement };
}

describe('a field for words', () => {
  it('is a labelled textarea, described by its hint, reading in the direction of its words', () => {
    const { field } = renderField({ value: 'שלום' });
    expect(field.tagName).toBe('TEXTAREA');
    expect(field.value).toBe('שלום');
    expect(field.getAttribute('dir')).toBe('auto');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByText('Tot 280 tekens.').id);
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('cuts nothing off: it has no maximum length', () => {
    const { field } = renderField();
    expect(field.hasAttribute('maxlength')).toBe(false);
  });

  it('passes on what is typed', () => {
    const { field, props } = renderField();
    fireEvent.input(field, { target: { value: 'Een nieuwe\nregel' } });
    expect(props.onInput).toHaveBeenCalledWith('Een nieuwe\nregel');
  });

  it('shows its message beside it, tied to it, and marks it invalid', () => {
    const { field } = renderField({ error: 'Schrijf hier iets.' });
    const error = screen.getByText('Schrijf hier iets.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')?.split(' ')).toEqual([
      error.id,
      screen.getByText('Tot 280 tekens.').id,
    ]);
    expect(error.getAttribute('aria-live')).toBe('polite');
  });

  it('gives its textarea to the page, to move focus to', () => {
    const ref = { current: null as HTMLTextAreaElement | null };
    const { field } = renderField({ inputRef: ref });
    expect(ref.current).toBe(field);
  });
});
