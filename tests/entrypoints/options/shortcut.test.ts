import { describe, expect, it } from 'vitest';
import { type CommandsApi, loadPauseShortcut } from '@/entrypoints/options/shortcut';

/** A commands API that knows these commands. */
function commandsWith(...commands: { name?: string; shortcut?: string }[]): CommandsApi {
  return { getAll: async () => commands };
}

describe('loadPauseShortcut', () => {
  it.each([
    [
      'the pause shortcut',
      commandsWith({ name: 'take-pause', shortcut: 'Ctrl+Shift+P' }),
      'Ctrl+Shift+P',
    ],
    ['none once the person removed it', commandsWith({ name: 'take-pause', shortcut: '' }), null],
    [
      'none when only other commands have one',
      commandsWith({ name: '_execute_action', shortcut: 'Alt+M' }),
      null,
    ],
    ['none without a commands API', undefined, null],
    ['none when getAll is missing', {}, null],
    ['none when getAll fails', { getAll: () => Promise.reject(new Error('not here')) }, null],
  ] as const)('gives %s', async (_case, commands, expected) => {
    expect(await loadPauseShortcut(commands)).toBe(expected);
  });
});
