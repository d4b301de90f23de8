// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { messages as en } from '@/assets/i18n/en';
import { messages as nl } from '@/assets/i18n/nl';
import { CardView } from '@/components/CardView';
import type { Card } from '@/utils/core/card';

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
    const milder = screen.getByText(reframe.reframe, { exact: false }).closest('p');
    expect(milder?.textContent).toBe(`Mildere gedachte: ${reframe.reframe}`);
    expect(document.activeElement).toBe(milder);
    expect(screen.queryByRole('button', { name: 'Bekijk het anders' })).toBeNull();
  });

  it.each([
    ['quote', 'Eigen kaart', 'Your own card'],
    ['reframe', 'Zelfspraak · Eigen kaart', 'Self-talk · Your own card'],
    ['question', 'Reflectievraag · Eigen kaart', 'Reflection question · Your own card'],
    ['step', 'Kleine stap · Eigen kaart', 'Small step · Your own card'],
  ] as const)('marks an own %s card quietly: "%s", "%s"', (kind, dutch, english) => {
    const card: Card =
      kind === 'reframe'
        ? { id: 'own-1', kind, section: 'own', thought: 'ik faal', reframe: 'ik leer' }
        : { id: 'own-1', kind, section: 'own', text: 'ik mag twijfelen' };
    render(<CardView card={card} messages={nl} />);
    expect(screen.getByRole('figure', { name: dutch })).toBeTruthy();
    cleanup();
    render(<CardView card={card} messages={en} />);
    expect(screen.getByRole('figure', { name: english })).toBeTruthy();
  });

  it('shows an own card’s words exactly as written: no capital added, markup and emoji as text, right to left set apart', () => {
    const own: Card = {
      id: 'own-2',
      kind: 'reframe',
      section: 'own',
      thought: 'ik ben <b>zwak</b> 😔',
      reframe: 'אני אמיץ',
    };
    const { container } = render(<CardView card={own} messages={nl} />);
    expect(container.querySelector('b')).toBeNull();
    const thought = screen.getByText('ik ben <b>zwak</b> 😔');
    expect(thought.tagName).toBe('BDI');
    fireEvent.click(screen.getByRole('button', { name: 'Bekijk het anders' }));
    const milder = screen.getByText('אני אמיץ');
    expect(milder.tagName).toBe('BDI');
    expect(milder.closest('p')?.textContent).toBe('Mildere gedachte: אני אמיץ');
  });
});
