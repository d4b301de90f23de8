import { vi } from 'vitest';
import { cards } from '@/assets/content/nl';
import { messages } from '@/assets/i18n/nl';
import type { OptionsAppProps } from '@/entrypoints/options/App';
import { parseExport } from '@/utils/core/export-checks';
import { DEFAULT_PREFERENCES } from '@/utils/core/preferences';

/**
 * The settings page's props, faked, in Dutch with the defaults: saves land, exports name a file,
 * imports check as the page does, and own cards are neither saved nor deleted (tests of those
 * pass their own). `overrides` replace any of them.
 */
export function optionsProps(overrides: Partial<OptionsAppProps> = {}): OptionsAppProps {
  return {
    locale: { language: 'nl', messages, cards },
    initialPreferences: DEFAULT_PREFERENCES,
    initialHiddenCardIds: [],
    hasRepairedData: false,
    shortcut: null,
    onSave: vi.fn(async () => {}),
    onRestoreCard: vi.fn(async () => {}),
    ownCards: [],
    onSaveOwnCard: vi.fn(async () => {
      throw new Error('not in these tests');
    }),
    onDeleteOwnCard: vi.fn(async () => {
      throw new Error('not in these tests');
    }),
    dataSummary: { pauses: 0, notes: 0, hiddenCards: 0, ownCards: 0, steps: 0 },
    dataActions: {
      exportData: vi.fn(async () => 'moedpauze-2026-11-25.json'),
      checkImport: vi.fn(parseExport),
      importData: vi.fn(async (bytes: Uint8Array) => parseExport(bytes)),
      resetPreferences: vi.fn(async () => {}),
      deleteAll: vi.fn(async () => {}),
    },
    dataNotice: null,
    version: '1.2.3',
    ...overrides,
  };
}
