// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card } from '@/assets/content/types';
import { messages as en } from '@/assets/i18n/en';
import { messages as nl } from '@/assets/i18n/nl';
import { CardView } from '@/components/CardView';

const reframe: Card = {
  id: 'reframe-i-seem-weak',
  kind: 'reframe',
  section: 'steps',
  thought: 'Ik lijk zwak',
  reframe: 'Het kost me kracht om me open te stellen.',
};

afterEach(cleanup);

describe('CardView', () => {
  it.each([
    ['quote', 'Uit het artikel'],
    ['question', 'Reflectievraag'],
    ['step', 'Kleine stap'],
  ] as const)('names a %s card "%s" and shows its text with a capital', (kind, label) => {
    render(
      <CardView
        card={{ id: 'a', kind, section: 'intro', text: 'deel iets kleins.' }}
        messages={nl}
      />,
    );
    expect(screen.getByRole('figure', { name: label })).toBeTruthy();
    expect(screen.getByText('Deel iets kleins.')).toBeTruthy();
  });

  it('names kinds in English with English messages', () => {
    render(<CardView card={reframe} messages={en} />);
    expect(screen.getByRole('figure', { name: 'Self-talk' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'See it differently' })).toBeTruthy();
  });

  it('shows a reframe’s critical thought first and keeps the milder one back', () => {
    render(<CardView card={reframe} messages={nl} />);
    expect(
      screen.getByText('Kritische gedachte:', { exact: false }).parentElement?.textContent,
    ).toBe('Kritische gedachte: “Ik lijk zwak”');
    expect(screen.queryByText(reframe.reframe, { exact: false })).toBeNull();
  });

  it('reveals the milder thought on the button, and moves focus to it', () => {
    render(<CardView card={reframe} messages={nl} />);
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk het anders' }));
    const milder = screen.getByText(reframe.reframe, { exact: false });
    expect(milder.textContent).toBe(`Mildere gedachte: ${reframe.reframe}`);
    expect(document.activeElement).toBe(milder);
    expect(screen.queryByRole('button', { name: 'Bekijk het anders' })).toBeNull();
  });
});
