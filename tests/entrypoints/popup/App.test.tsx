// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cards as enCards } from '@/assets/content/en';
import { cards as nlCards } from '@/assets/content/nl';
import { messages as enMessages } from '@/assets/i18n/en';
import { messages as nlMessages } from '@/assets/i18n/nl';
import { App } from '@/entrypoints/popup/App';
import { capitalizeFirst } from '@/utils/card-text';
import type { Locale } from '@/utils/locale';

const nl: Locale = { language: 'nl', messages: nlMessages, cards: nlCards };
const en: Locale = { language: 'en', messages: enMessages, cards: enCards };
const quoteTexts = (locale: Locale) =>
  locale.cards.flatMap((card) => (card.kind === 'quote' ? [capitalizeFirst(card.text)] : []));
const shownLine = () => document.querySelector('blockquote')?.textContent;

afterEach(cleanup);

describe('the popup', () => {
  it('shows the drawn line from the article as a quotation, with its kind in words', () => {
    render(
      <App locale={nl} random={() => 0} settingsUrl="options.html" onOpenSettings={() => {}} />,
    );
    expect(shownLine()).toBe(quoteTexts(nl)[0]);
    expect(screen.getByRole('figure', { name: 'Uit het artikel' })).toBeTruthy();
  });

  it('draws with the given random number', () => {
    render(
      <App
        locale={nl}
        random={() => 0.9999}
        settingsUrl="options.html"
        onOpenSettings={() => {}}
      />,
    );
    expect(shownLine()).toBe(quoteTexts(nl).at(-1));
  });

  it('speaks English with an English locale', () => {
    render(
      <App locale={en} random={() => 0} settingsUrl="options.html" onOpenSettings={() => {}} />,
    );
    expect(shownLine()).toBe(quoteTexts(en)[0]);
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
  });

  it('opens the settings from a real link', () => {
    const onOpenSettings = vi.fn();
    render(
      <App
        locale={nl}
        random={() => 0}
        settingsUrl="options.html"
        onOpenSettings={onOpenSettings}
      />,
    );
    const link = screen.getByRole('link', { name: 'Instellingen' });
    expect(link.getAttribute('href')).toBe('options.html');
    fireEvent.click(link);
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });

  it('says so kindly when there is no card to show', () => {
    render(
      <App
        locale={{ ...nl, cards: [] }}
        random={() => 0}
        settingsUrl="options.html"
        onOpenSettings={() => {}}
      />,
    );
    expect(screen.getByText(nlMessages.emptyDeck)).toBeTruthy();
    expect(shownLine()).toBeUndefined();
  });
});
