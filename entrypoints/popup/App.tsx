import { useEffect, useState } from 'preact/hooks';
import type { PopupMessages } from '@/assets/i18n/types';
import { CardView } from '@/components/CardView';
import { PauseControls, type PauseControlsProps } from '@/components/PauseControls';
import type { Card } from '@/utils/core/card';
import type { TryStepForm } from './try-step';

/** The card's props, and those of the pause section below it. */
export interface PopupAppProps extends PauseControlsProps {
  messages: PopupMessages;
  /** The card of the first frame: null when no card is enabled, undefined when none is known yet. */
  initialCard: Card | null | undefined;
  /** Draws the next card from the shared bag (null when no card is enabled). */
  drawNext: () => Promise<Card | null>;
  /** Hides a card for good, and draws the next. */
  hide: (card: Card) => Promise<Card | null>;
  unhide: (card: Card) => Promise<void>;
  /** Where the settings and the journal live; each link opens a tab of its own. */
  settingsUrl: string;
  journalUrl: string;
  /** Loads the form of "Dit ga ik proberen", only when a step is chosen. */
  loadTryStep: () => Promise<TryStepForm>;
  /** How many steps are being tried, read after the first frame. */
  loadOpenSteps: () => Promise<number>;
}

/** The toolbar popup: one card to carry into the next hour, another on request. */
export function App(props: PopupAppProps) {
  const { messages } = props;
  const [card, setCard] = useState(props.initialCard);
  const [hiddenCard, setHiddenCard] = useState<Card | null>(null);
  const [TryStep, setTryStep] = useState<{ Form: TryStepForm; card: Card } | null>(null);
  const [openSteps, setOpenSteps] = useState(0);

  useEffect(() => {
    props.loadOpenSteps().then(setOpenSteps, () => {});
  }, [props.loadOpenSteps]);

  // No card came with the page (one opened by hand): the first is drawn now.
  useEffect(() => {
    if (props.initialCard === undefined) void showNext();
  }, []);

  async function showNext() {
    setHiddenCard(null);
    setTryStep(null);
    setCard(await props.drawNext());
  }

  async function hideCurrent(current: Card) {
    setCard(await props.hide(current));
    setHiddenCard(current);
  }

  async function undoHide(hidden: Card) {
    await props.unhide(hidden);
    setHiddenCard(null);
    setCard(hidden);
  }

  return (
    <main class="popup">
      <h1 class="popup-title">{messages.popupHeading}</h1>
      {/* Polite: a new card is read out after "Nog een", without stealing focus. */}
      <div class="card-slot" aria-live="polite">
        {card ? (
          <CardView key={card.id} card={card} messages={messages} />
        ) : (
          card === null && <p class="card card-empty">{messages.emptyDeck}</p>
        )}
      </div>
      <div class="popup-actions">
        <button
          type="button"
          class="button button-primary"
          disabled={!card}
          onClick={() => void showNext()}
        >
          {messages.drawNext}
        </button>
        <button
          type="button"
          class="button button-quiet"
          disabled={!card}
          onClick={() => card && void hideCurrent(card)}
        >
          {messages.hideCard}
        </button>
      </div>
      {/* Always there, so a step card leaves the popup the size every other card does. */}
      <div class="popup-try">
        {card?.kind === 'step' &&
          (TryStep?.card === card ? (
            <TryStep.Form card={card} onClose={() => setTryStep(null)} />
          ) : (
            <button
              type="button"
              class="button button-quiet"
              onClick={async () => setTryStep({ Form: await props.loadTryStep(), card })}
            >
              {messages.tryStep}
            </button>
          ))}
      </div>
      <PauseControls {...props} />
      <footer class="popup-footer">
        {openSteps > 0 && <p class="popup-steps">{messages.openSteps(openSteps)}</p>}
        <p class="popup-status" role="status">
          {hiddenCard && (
            <>
              {messages.cardHidden}{' '}
              <button type="button" class="button-link" onClick={() => void undoHide(hiddenCard)}>
                {messages.undoHide}
              </button>
            </>
          )}
        </p>
        <span class="popup-links">
          <a href={props.journalUrl} target="_blank" rel="noopener">
            {messages.openJournal}
          </a>
          <a href={props.settingsUrl} target="_blank" rel="noopener">
            {messages.openSettings}
          </a>
        </span>
      </footer>
    </main>
  );
}
