import { browser } from 'wxt/browser';
import { TAKE_PAUSE_COMMAND } from '@/utils/commands';

/** Where the pause page opens: a tab, or a small window of its own. */
export type PausePagePlace = 'tab' | 'window';

/** The size of the small window; the page is laid out to fit it. */
const WINDOW_SIZE = { width: 460, height: 720 };

export interface PausePageDeps {
  tabs: Pick<typeof browser.tabs, 'create'>;
  /** Missing on Firefox for Android, which has no windows: the page opens in a tab there. */
  windows: Pick<typeof browser.windows, 'create'> | undefined;
  getUrl: () => string;
}

const defaultDeps = (): PausePageDeps => ({
  tabs: browser.tabs,
  windows: browser.windows,
  getUrl: () => browser.runtime.getURL('/pause.html'),
});

/** Opens the pause page. It tells the background itself that it opened. */
export async function openPausePage(
  place: PausePagePlace,
  deps: PausePageDeps = defaultDeps(),
): Promise<void> {
  const url = deps.getUrl();
  if (place === 'window' && deps.windows) {
    await deps.windows.create({ url, type: 'popup', focused: true, ...WINDOW_SIZE });
  } else {
    await deps.tabs.create({ url });
  }
}

/** A keyboard shortcut: ours opens the pause page. */
export async function handleCommand(
  command: string,
  open: typeof openPausePage = openPausePage,
): Promise<void> {
  if (command === TAKE_PAUSE_COMMAND) await open('tab');
}
