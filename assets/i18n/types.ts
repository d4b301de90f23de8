import type { CardKind } from '@/assets/content/types';
import type { LanguagePreference } from '@/utils/language';
import type { KindsError, NumberError } from '@/utils/preferences';

/** Every string the pages and the background show. Both languages fill all of it. */
export interface UiMessages {
  popupHeading: string;
  kindLabels: Record<CardKind, string>;
  /** The two halves of a reframe, named for screen readers. */
  thoughtLabel: string;
  reframeLabel: string;
  revealReframe: string;
  drawNext: string;
  hideCard: string;
  cardHidden: string;
  undoHide: string;
  openSettings: string;
  emptyDeck: string;
  optionsTitle: string;
  remindersHeading: string;
  intervalLabel: string;
  intervalHint: string;
  intervalErrors: Record<NumberError, string>;
  contentHeading: string;
  kindsLegend: string;
  kindsErrors: Record<KindsError, string>;
  languageLabel: string;
  languageHint: string;
  languageNames: Record<LanguagePreference, string>;
  hiddenHeading: string;
  hiddenNone: string;
  restoreCard: string;
  saved: string;
  saveFailed: string;
  repairedNotice: string;
  notificationTitle: string;
}
