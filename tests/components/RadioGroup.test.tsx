// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RadioGroup, type RadioGroupProps } from '@/components/RadioGroup';

afterEach(cleanup);

type Tea = 'mint' | 'ginger' | 'none';

function renderGroup(overrides: Partial<RadioGroupProps<Tea>> = {}) {
  const props: RadioGroupProps<Tea> = {
    id: 'tea',
    legend: 'Thee',
    options: [
      { value: 'mint', label: 'Munt' },
      { value: 'ginger', label: 'Gember' },
      { value: 'none', label: 'Geen' },
    ],
    value: 'ginger',
    onChange: vi.fn(),
    ...overrides,
  };
  const view = render(<RadioGroup {...props} />);
  return { props, view, group: screen.getByRole('group', { name: 'Thee' }) };
}

describe('a radio group', () => {
  it('is a fieldset named by its legend, one choice checked, one name for all', () => {
    const { group } = renderGroup();
    expect(group.tagName).toBe('FIELDSET');
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'Munt',
      'Gember',
      'Geen',
    ]);
    expect(radios.map((radio) => radio.checked)).toEqual([false, true, false]);
    expect(new Set(radios.map((radio) => radio.name))).toEqual(new Set(['tea']));
    expect(radios.map((radio) => radio.id)).toEqual(['tea-mint', 'tea-ginger', 'tea-none']);
  });

  it('says which choice was made', () => {
    const { props } = renderGroup();
    fireEvent.click(screen.getByRole('radio', { name: 'Geen' }));
    expect(props.onChange).toHaveBeenCalledWith('none');
  });

  it('is described by its hint, and by its note once there is one', () => {
    const { group, props, view } = renderGroup({ hint: 'Bij de pauze.' });
    const hint = screen.getByText('Bij de pauze.');
    expect(group.getAttribute('aria-describedby')).toBe(hint.id);
    // The note's live region is there before it speaks, so what it says next is read out.
    const region = group.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(region.textContent).toBe('');
    view.rerender(<RadioGroup {...props} hint="Bij de pauze." note="Er is geen thee meer." />);
    expect(region.textContent).toBe('Er is geen thee meer.');
    expect(group.getAttribute('aria-describedby')).toBe(`${hint.id} ${region.id}`);
  });

  it('has no description when it has neither hint nor note', () => {
    const { group } = renderGroup();
    expect(group.hasAttribute('aria-describedby')).toBe(false);
  });
});
