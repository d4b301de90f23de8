// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { messages as en } from '@/assets/i18n/en';
import { messages as nl } from '@/assets/i18n/nl';
import { BreathingGuide } from '@/components/BreathingGuide';

afterEach(cleanup);

describe('BreathingGuide', () => {
  it('shows both breaths and the seconds left, in words', () => {
    render(<BreathingGuide totalSeconds={60} remainingSeconds={42} messages={nl} />);
    expect(screen.getByText('Adem in')).toBeTruthy();
    expect(screen.getByText('Adem uit')).toBeTruthy();
    expect(screen.getByText('Nog 42 seconden')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('speaks English too', () => {
    render(<BreathingGuide totalSeconds={60} remainingSeconds={1} messages={en} />);
    expect(screen.getByText('Breathe in')).toBeTruthy();
    expect(screen.getByText('Breathe out')).toBeTruthy();
    expect(screen.getByText('1 second left')).toBeTruthy();
  });

  it('does not read out every second: the countdown is no live region', () => {
    render(<BreathingGuide totalSeconds={60} remainingSeconds={30} messages={nl} />);
    const countdown = screen.getByText('Nog 30 seconden');
    expect(countdown.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });

  it('hides the decorative circle from assistive technology', () => {
    const { container } = render(
      <BreathingGuide totalSeconds={60} remainingSeconds={30} messages={nl} />,
    );
    expect(container.querySelector('.breathing-circle')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('announces the end, and comes to rest', () => {
    const { container } = render(
      <BreathingGuide totalSeconds={60} remainingSeconds={0} messages={nl} />,
    );
    expect(screen.getByRole('status').textContent).toBe(nl.breathingDone);
    expect(screen.queryByText('Adem in')).toBeNull();
    expect(screen.queryByText(/^Nog /)).toBeNull();
    expect(container.querySelector('.breathing')?.hasAttribute('data-done')).toBe(true);
  });

  it.each([
    [90, '60 seconds left'],
    [12.4, '13 seconds left'],
  ])('shows %d seconds left as "%s"', (remainingSeconds, words) => {
    render(<BreathingGuide totalSeconds={60} remainingSeconds={remainingSeconds} messages={en} />);
    expect(screen.getByText(words)).toBeTruthy();
  });

  it('counts a time past the end as done', () => {
    render(<BreathingGuide totalSeconds={60} remainingSeconds={-3} messages={en} />);
    expect(screen.getByRole('status').textContent).toBe(en.breathingDone);
  });
});
