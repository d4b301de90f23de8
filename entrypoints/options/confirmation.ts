import type { UiMessages } from '@/assets/i18n/types';

/** How much the user has stored: said above the buttons, so they know what an export holds. */
export interface DataSummary {
  pauses: number;
  notes: number;
  hiddenCards: number;
  ownCards: number;
  /** The small steps chosen, open or answered. */
  steps: number;
}

/** What the data section asks before it changes anything. */
export type Confirming =
  | { kind: 'import'; bytes: Uint8Array; summary: DataSummary }
  | { kind: 'reset' }
  | { kind: 'delete' };

/** The question in words: its title, what it says, and the button that answers yes. */
export function describeConfirmation(confirming: Confirming | null, messages: UiMessages) {
  switch (confirming?.kind) {
    case 'import': {
      const { pauses, notes, hiddenCards, ownCards, steps } = confirming.summary;
      // Own cards and small steps are named only when the file brings some (older files have none).
      const text = [
        messages.importConfirmText(pauses, notes, hiddenCards),
        ownCards > 0 ? messages.importConfirmOwnCards(ownCards) : '',
        steps > 0 ? messages.importConfirmSteps(steps) : '',
      ];
      return {
        title: messages.importConfirmTitle,
        text: text.filter(Boolean).join(' '),
        confirmLabel: messages.importConfirm,
      };
    }
    case 'reset':
      return {
        title: messages.resetConfirmTitle,
        text: messages.resetConfirmText,
        confirmLabel: messages.resetConfirm,
      };
    default:
      // Deleting everything, and what the closed dialog keeps while it is not asked.
      return {
        title: messages.deleteConfirmTitle,
        text: messages.deleteConfirmText,
        confirmLabel: messages.deleteConfirm,
      };
  }
}
