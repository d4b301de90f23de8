import { browser } from 'wxt/browser';
import { ANSWERED_PAUSE_SEARCH } from '@/utils/core/addresses';
import { TAKE_PAUSE_COMMAND } from '@/utils/core/commands';

/** Where the pause page opens: a tab, or a small window of its own. */
export type PausePagePlace = 'tab' | 'window';

/** The size of the small window; the page is laid out to fit it. */
const WINDOW_SIZE = { width: 460, height: 720 };

/** An open page of the extension, as `runtime.getContexts` describes it. */
export interface OpenPage {
  documentUrl?: string;
  tabId: number;
  windowId: number;
}

export interface PausePageDeps {
  tabs: Pick<typeof browser.tabs, 'create' | 'update'>;
  /** Missing on Firefox for Android, which has no windows: the page opens in a tab there. */
  windows: Pick<typeof browser.windows, 'create' | 'update'> | undefined;
  getUrl: () => string;
  /** The extension's pages open in tabs (Chrome 116+, Firefox 128+; none where unknown). */
  listOpenPages: () => Promise<OpenPage[]>;
}

/** `runtime.getContexts`, where the browser has it: no permission needed for its own pages. */
async function listOpenPages(): Promise<OpenPage[]> {
  const runtime = browser.runtime as typeof browser.runtime & {
    getContexts?: (filter: { contextTypes: 'TAB'[] }) => Promise<OpenPage[]>;
  };
  return (await runtime.getContexts?.({ contextTypes: ['TAB'] })) ?? [];
}

const defaultDeps = (): PausePageDeps => ({
  tabs: browser.tabs,
  windows: browser.windows,
  getUrl: () => browser.runtime.getURL('/pause.html'),
  listOpenPages,
});

/**
 * Opens the pause page. It tells the background itself that it opened. A pause that announces
 * itself in a window uses the pause page already open, if there is one, rather than pile up
 * windows: one still waiting for its person is brought forward as it is (with what they typed);
 * one whose pause was answered starts the new pause.
 */
export async function openPausePage(
  place: PausePagePlace,
  deps: PausePageDeps = defaultDeps(),
): Promise<void> {
  const url = deps.getUrl();
  if (place === 'tab' || !deps.windows) {
    await deps.tabs.create({ url });
    return;
  }
  const pages = (await deps.listOpenPages().catch(() => [])).filter(
    (page) => page.documentUrl?.split('?')[0] === url,
  );
  const waiting = pages.find((page) => !page.documentUrl?.endsWith(ANSWERED_PAUSE_SEARCH));
  const open = waiting ?? pages[0];
  if (!open) {
    await deps.windows.create({ url, type: 'popup', focused: true, ...WINDOW_SIZE });
    return;
  }
  await deps.tabs.update(open.tabId, waiting ? { active: true } : { url, active: true });
  await deps.windows.update(open.windowId, { focused: true });
}

/** A keyboard shortcut: ours opens the pause page. */
export async function handleCommand(
  command: string,
  open: typeof openPausePage = openPausePage,
): Promise<void> {
  if (command === TAKE_PAUSE_COMMAND) await open('tab');
}
