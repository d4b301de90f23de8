import { useState } from 'preact/hooks';
import { CardView } from '@/components/CardView';
import { pickRandomCard } from '@/utils/card-text';
import type { Locale } from '@/utils/locale';

export interface PopupAppProps {
  locale: Locale;
  random: () => number;
  /** Where the settings live, for the link's address. */
  settingsUrl: string;
  onOpenSettings: () => void;
}

/** The toolbar popup: one line from the article, and the way to the settings. */
export function App({ locale, random, settingsUrl, onOpenSettings }: PopupAppProps) {
  const { messages } = locale;
  const [card] = useState(() => pickRandomCard(locale.cards, 'quote', random));
  return (
    <main class="popup">
      <h1 class="popup-title">{messages.popupHeading}</h1>
      {card ? <CardView card={card} kindLabel={messages.cardLabel} /> : <p>{messages.emptyDeck}</p>}
      <nav class="popup-nav">
        <a
          href={settingsUrl}
          onClick={(event) => {
            event.preventDefault();
            onOpenSettings();
          }}
        >
          {messages.openSettings}
        </a>
      </nav>
    </main>
  );
}
