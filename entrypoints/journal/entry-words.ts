import type { EditMessages } from '@/assets/i18n/edit-types';
import type { JournalMessages } from '@/assets/i18n/journal-types';
import type { RefusalReason } from '@/utils/core/edit';

/** The strings an entry of the journal speaks. */
export type EntryMessages = JournalMessages & EditMessages;

/** A refusal in the journal's words. */
export function sayRefusal(reason: RefusalReason, messages: EntryMessages): string {
  switch (reason) {
    case 'changed':
      return messages.changedMeanwhile;
    case 'gone':
      return messages.goneMeanwhile;
    case 'notesFull':
      return messages.notesFull;
    case 'full':
      return messages.stepsFull;
    case 'saveFailed':
      return messages.saveFailed;
  }
}
