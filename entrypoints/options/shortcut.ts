import { browser } from 'wxt/browser';
import { TAKE_PAUSE_COMMAND } from '@/utils/core/commands';

/** The part of the commands API this page reads; missing where the browser has none. */
export interface CommandsApi {
  getAll: () => Promise<{ name?: string; shortcut?: string }[]>;
}

/**
 * The keyboard shortcut that starts a pause ("Ctrl+Shift+P"), or null: when the person removed
 * it (the browser reports an empty shortcut) or the browser has no commands API (Firefox for
 * Android). https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/commands
 */
export async function loadPauseShortcut(
  commands: Partial<CommandsApi> | undefined = browser.commands,
): Promise<string | null> {
  if (typeof commands?.getAll !== 'function') return null;
  try {
    const all = await commands.getAll();
    return all.find((command) => command.name === TAKE_PAUSE_COMMAND)?.shortcut || null;
  } catch {
    // A page that cannot name the shortcut still works; it just does not mention it.
    return null;
  }
}
