import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { type Plugin, runnerImport } from 'vite';

/** The popup's two pages: popup.html speaks Dutch, popup-en.html English. */
export const POPUP_PAGE = /[\\/]popup(-en)?[\\/]index\.html$/;

/**
 * The popup prerendered in one language (`virtual:popup-views/nl`, `…/en`): Preact's rendering of
 * it once for every look a card can give it (entrypoints/popup/prerender.tsx), as trees of
 * elements its first script paints from before Preact has loaded (entrypoints/popup/paint.ts).
 * The module is rendered by Vite's module runner, with the same JSX transform as the pages.
 */
export function popupViews(): Plugin {
  const prefix = 'virtual:popup-views/';
  let root = process.cwd();
  return {
    name: 'moedpauze:popup-views',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : null),
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const language = id.slice(prefix.length + 1);
      if (language !== 'nl' && language !== 'en') throw new Error(`No popup views in ${language}`);
      const { module } = await runnerImport<typeof import('../../entrypoints/popup/prerender')>(
        resolve(root, 'entrypoints/popup/prerender.tsx'),
        { configFile: false, root, plugins: [preact()], resolve: { alias: { '@': root } } },
      );
      return `export default ${JSON.stringify(module.prerenderPopup(language))};`;
    },
  };
}

/**
 * The popup's first script blocks rendering until it has run: it paints the reserved card, so the
 * first frame shows the card rather than an empty popup. Vite rewrites the script tag and drops
 * the attribute, so it is added after.
 * https://html.spec.whatwg.org/multipage/urls-and-fetching.html#blocking-attributes
 */
export function renderBlockingPopup(): Plugin {
  return {
    name: 'moedpauze:render-blocking-popup',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        POPUP_PAGE.test(context.filename)
          ? html.replace('<script type="module" ', '<script type="module" blocking="render" ')
          : html,
    },
  };
}

/** An entrypoint as WXT groups them into builds. */
interface Entry {
  name: string;
}

/**
 * Each popup page is built on its own: its chunks then hold only what that popup runs, and it
 * shares none with the other language's page, which would cost it one more file to wait for.
 * In one build with the other pages, a shared chunk kept every function and export the
 * settings, pause and journal pages take from it (about 0.9 KB gzip of the popup's budget).
 * Changes `groups` (WXT's `entrypoints:grouped`) in place.
 */
export function splitPopupBuilds<T extends Entry>(groups: (T | T[])[]): void {
  const isPopup = (entry: Entry) => entry.name === 'popup' || entry.name === 'popup-en';
  const index = groups.findIndex((group) => Array.isArray(group) && group.some(isPopup));
  const group = groups[index];
  if (!Array.isArray(group)) return;
  groups.splice(
    index,
    1,
    ...group.filter(isPopup).map((entry) => [entry]),
    group.filter((entry) => !isPopup(entry)),
  );
}
