import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import type { Card } from '@/utils/core/card';
import { listDeck } from '@/utils/core/deck';
import type { ChangeResult } from '@/utils/core/edit';
import type { FollowUpAnswers, Intention } from '@/utils/core/intentions';
import { type Language, resolveLanguage } from '@/utils/core/language';
import type { OwnCard } from '@/utils/core/own-cards';
import { normalizeNote } from '@/utils/core/pause-log';
import type { PauseLogEntry } from '@/utils/core/pause-model';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';
import { listenForChanges, storeAndAnnounce } from '@/utils/glue/changes';
import {
  deleteIntention,
  loadIntentions,
  replaceIntention,
  restoreIntention,
} from '@/utils/store/intentions-store';
import { loadOwnCards } from '@/utils/store/own-cards-store';
import {
  deleteLogLine,
  loadPauseLog,
  replaceLogLine,
  restoreLogLine,
} from '@/utils/store/pause-log-store';
import { loadPreferences } from '@/utils/store/preferences-store';
import { App } from './App';

/** What the journal needs to speak one language: its strings and the deck. */
interface JournalLocale {
  language: Language;
  messages: JournalMessages;
  cards: readonly Card[];
}

/** Loads one language only: the deck and the journal's own strings. */
async function loadJournalLocale(language: Language): Promise<JournalLocale> {
  const { messages, cards } =
    language === 'nl'
      ? await import('@/assets/locales/nl-journal')
      : await import('@/assets/locales/en-journal');
  return { language, messages, cards };
}

/** Stores one change of the history or the steps; once it landed, the other pages hear of it. */
const store = <T, Saved>(change: () => Promise<ChangeResult<T, Saved>>) =>
  storeAndAnnounce('history', change);

/** The answers as they are kept: the characters a person types, as a note is kept. */
function normalizeAnswers(answers: FollowUpAnswers): FollowUpAnswers {
  return {
    felt: normalizeNote(answers.felt),
    reactions: normalizeNote(answers.reactions),
    innerSteps: normalizeNote(answers.innerSteps),
  };
}

/** What the journal reads: the history, the small steps, and the own cards they may name. */
interface JournalData {
  log: readonly PauseLogEntry[];
  intentions: readonly Intention[];
  ownCards: readonly OwnCard[];
}

async function loadJournalData(): Promise<JournalData> {
  const [log, intentions, ownCards] = await Promise.all([
    loadPauseLog(),
    loadIntentions(),
    // Own cards only name what a line was written beside: without them, the history still shows.
    loadOwnCards().catch(() => []),
  ]);
  return { log, intentions, ownCards };
}

/** Starts the journal page in `root`, in the language the preferences ask for. */
export async function startJournalPage(root: HTMLElement): Promise<void> {
  const { preferences } = await loadPreferences().catch(() => ({
    preferences: DEFAULT_PREFERENCES,
  }));
  const locale = await loadJournalLocale(
    resolveLanguage(browser.i18n.getUILanguage(), preferences.language),
  );
  document.documentElement.lang = locale.language;
  document.title = locale.messages.journalTitle;

  const show = ({ log, intentions, ownCards }: JournalData) =>
    render(
      <App
        messages={locale.messages}
        language={locale.language}
        cards={listDeck(locale.cards, ownCards, 'both')}
        log={log}
        intentions={intentions}
        hours={preferences}
        now={Date.now}
        replaceLine={(line, next) =>
          store(() => replaceLogLine(line, { ...next, note: normalizeNote(next.note) }))
        }
        deleteLine={(line) => store(() => deleteLogLine(line))}
        restoreLine={(line) => store(() => restoreLogLine(line))}
        replaceStep={(held, next) =>
          store(() =>
            replaceIntention(held, {
              ...next,
              words: normalizeNote(next.words).trim(),
              ...(next.status === 'done' ? { answers: normalizeAnswers(next.answers) } : {}),
            }),
          )
        }
        deleteStep={(held) => store(() => deleteIntention(held))}
        restoreStep={(held) => store(() => restoreIntention(held))}
        pauseUrl="/pause.html"
        settingsUrl="/options.html"
      />,
      root,
    );

  try {
    show(await loadJournalData());
  } catch {
    root.textContent = '';
    const failed = document.createElement('p');
    failed.className = 'journal-failed';
    failed.setAttribute('role', 'alert');
    failed.textContent = locale.messages.loadFailed;
    root.append(failed);
    return;
  }
  // A pause finished, an import or a delete on another page: read the history again.
  listenForChanges((change) => {
    if (change === 'history' || change === 'own-cards' || change === 'everything') {
      loadJournalData()
        .then(show)
        .catch(() => undefined);
    }
  });
}
