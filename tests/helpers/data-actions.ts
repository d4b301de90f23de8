import { vi } from 'vitest';
import type { DataActions } from '@/entrypoints/options/DataSection';
import { parseExport } from '@/utils/core/export-checks';

/** The settings page's data actions, faked: exports name a file, imports check as the page does. */
export const fakeDataActions = (): DataActions => ({
  exportData: vi.fn(async () => 'moedpauze-2026-11-25.json'),
  checkImport: vi.fn(parseExport),
  importData: vi.fn(async (bytes: Uint8Array) => parseExport(bytes)),
  resetPreferences: vi.fn(async () => {}),
  deleteAll: vi.fn(async () => {}),
});
