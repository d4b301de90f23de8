import type { FieldError } from '@/utils/preferences';

/** Every string the pages and the background show. Both languages fill all of it. */
export interface UiMessages {
  popupHeading: string;
  cardLabel: string;
  openSettings: string;
  emptyDeck: string;
  optionsTitle: string;
  remindersHeading: string;
  intervalLabel: string;
  intervalHint: string;
  intervalErrors: Record<FieldError, string>;
  saved: string;
  saveFailed: string;
  repairedNotice: string;
  notificationTitle: string;
}
