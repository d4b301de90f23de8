// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '@/assets/content/types';
import { messages as nl } from '@/assets/i18n/nl';
import { App, type PopupAppProps } from '@/entrypoints/popup/App';

const quote: Card = { id: 'quote-a', kind: 'quote', section: 'intro', text: 'eerste zin.' };
const step: Card = { id: 'step-b', kind: 'step', section: 'steps', text: 'tweede zin.' };

afterEach(cleanup);

function renderPopup(overrides: Partial<PopupAppProps> = {}) {
  const props: PopupAppProps = {
    messages: nl,
    initialCard: quote,
    drawNext: vi.fn(async () => step),
    hide: vi.fn(async () => {}),
    unhide: vi.fn(async () => {}),
    settingsUrl: 'options.html',
    ...overrides,
  };
  render(<App {...props} />);
  return props;
}

describe('the popup', () => {
  it('shows the drawn card', () => {
    renderPopup();
    expect(screen.getByRole('figure', { name: 'Uit het artikel' }).textContent).toContain(
      'Eerste zin.',
    );
  });

  it('"Nog een" draws the next card', async () => {
    const props = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Nog een' }));
    await screen.findByText('Tweede zin.');
    expect(props.drawNext).toHaveBeenCalledOnce();
    expect(screen.queryByText('Eerste zin.')).toBeNull();
  });

  it('"Niet meer tonen" hides the card, shows the next, and offers undo right there', async () => {
    const props = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Niet meer tonen' }));
    await screen.findByText('Tweede zin.');
    expect(props.hide).toHaveBeenCalledWith(quote);
    expect(screen.getByRole('status').textContent).toContain('Kaart verborgen.');

    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await screen.findByText('Eerste zin.');
    expect(props.unhide).toHaveBeenCalledWith(quote);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says kindly when no card is enabled, and offers no card actions', () => {
    renderPopup({ initialCard: null });
    expect(screen.getByText(nl.emptyDeck)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Nog een' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('links to the settings, opening them in a tab of their own', () => {
    renderPopup();
    const link = screen.getByRole('link', { name: 'Instellingen' });
    expect(link.getAttribute('href')).toBe('options.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('announces a new card politely', async () => {
    renderPopup();
    const figure = screen.getByRole('figure');
    expect(figure.closest('[aria-live="polite"]')).not.toBeNull();
    await waitFor(() => expect(figure).toBeTruthy());
  });
});
