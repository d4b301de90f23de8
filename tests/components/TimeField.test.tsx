// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeField, type TimeFieldProps } from '@/components/TimeField';

afterEach(cleanup);

function renderTimeField(overrides: Partial<TimeFieldProps> = {}) {
  const props: TimeFieldProps = {
    id: 'start',
    label: 'Actief vanaf',
    hintId: 'hours-hint',
    value: '09:00',
    error: null,
    onInput: vi.fn(),
    onCommit: vi.fn(),
    ...overrides,
  };
  render(
    <>
      <TimeField {...props} />
      <p id="hours-hint">Gelijk is de hele dag.</p>
    </>,
  );
  return { props, field: screen.getByLabelText('Actief vanaf') as HTMLInputElement };
}

describe('TimeField', () => {
  it('is a labelled time input holding its value, described by the shared hint', () => {
    const { field } = renderTimeField();
    expect(field.type).toBe('time');
    expect(field.value).toBe('09:00');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(field.getAttribute('aria-describedby')).toBe('hours-hint');
  });

  it('shows its message beside it, read before the hint', () => {
    const { field } = renderTimeField({ value: '', error: 'Vul een tijd in, zoals 09:00.' });
    const error = screen.getByText('Vul een tijd in, zoals 09:00.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(`${error.id} hours-hint`);
    expect(field.closest('.field-invalid')?.contains(error)).toBe(true);
  });

  it('reports typing as input and commits a completed time', () => {
    const { props, field } = renderTimeField();
    fireEvent.input(field, { target: { value: '22:00' } });
    expect(props.onInput).toHaveBeenCalledWith('22:00');
    expect(props.onCommit).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: '22:00' } });
    expect(props.onCommit).toHaveBeenCalledWith('22:00');
  });

  it('commits an incomplete time only on Enter or when the person leaves', () => {
    const { props, field } = renderTimeField();
    fireEvent.change(field, { target: { value: '' } });
    expect(props.onCommit).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(props.onCommit).toHaveBeenLastCalledWith('');
    fireEvent.blur(field);
    expect(props.onCommit).toHaveBeenCalledTimes(2);
  });
});
