import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { type Plugin, runnerImport } from 'vite';

import { defineConfig } from 'wxt';
import { TAKE_PAUSE_COMMAND } from './utils/core/commands';

/** Chromium for `npm start`: `CHROME_PATH` wins, else Debian's. */
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Firefox for `npm run start:firefox`: `FIREFOX_PATH` wins, else Debian's ESR. */
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** `npm start` opens a browser only where one can be shown; elsewhere it says what to load. */
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** The popup's two pages: popup.html speaks Dutch, popup-en.html English. */
const POPUP_PAGE = /[\\/]popup(-en)?[\\/]index\.html$/;

/**
 * The popup prerendered in one language (`virtual:popup-views/nl`, `…/en`): Preact's rendering of
 * it once for every look a card can give it (entrypoints/popup/prerender.tsx), as trees of
 * elements its first script paints from before Preact has loaded (entrypoints/popup/paint.ts).
 * The module is rendered by Vite's module runner, with the same JSX transform as the pages.
 */
function popupViews(): Plugin {
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
      const { module } = await runnerImport<typeof import('./entrypoints/popup/prerender')>(
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
function renderBlockingPopup(): Plugin {
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

/**
 * Vite wraps every `import()` in a helper that also fetches the lazy chunk's CSS and preloads its
 * imports: about 0.8 KB gzip, loaded by every page that has an `import()`, the popup too. No lazy
 * chunk here has CSS (each page's styles are in its own stylesheet, or come inside its chunk), so
 * the helper only loads the chunk, and the list of files Vite writes beside each `import()` for
 * it (`__vite__mapDeps`) is never read: it goes too. The module id and the list's name are Vite's
 * own (vite/src/node/plugins/importAnalysisBuild.ts); should they change, the popup's byte budget
 * test sees the helper or the list come back.
 */
function loadOnlyPreloadHelper(): Plugin {
  return {
    name: 'moedpauze:load-only-preload-helper',
    enforce: 'pre',
    load: (id) =>
      id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null,
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.code.includes('__vite__mapDeps')) continue;
          chunk.code = chunk.code
            .replace(/^const __vite__mapDeps=.*\n/, '')
            .replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]');
        }
      },
    },
  };
}

/**
 * The settings, pause and journal pages share one chunk of libraries, with WXT's module of HTML
 * plugins (empty once built) in it rather than a file of its own. The popup's pages are built
 * apart (the `entrypoints:grouped` hook below), each alone, so nothing of theirs is shared.
 */
function pagesChunk(): Plugin {
  const pages = /node_modules[\\/]|wxt-html-plugins|vite[\\/]preload-helper/;
  let isPopup = false;
  return {
    name: 'moedpauze:pages-chunk',
    options(options) {
      isPopup = Object.values(options.input ?? {}).some((input) => POPUP_PAGE.test(input));
      return null;
    },
    outputOptions(options) {
      if (isPopup) return null;
      // The background is one file, built without code splitting: leave it as it is.
      if ((options as { codeSplitting?: boolean }).codeSplitting === false) return null;
      if (options.inlineDynamicImports) return null;
      return { ...options, manualChunks: (id: string) => (pages.test(id) ? 'pages' : undefined) };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // Every import is written out, so an editor, tsc and a structure tool follow each one.
  imports: false,
  // One `action` API for both browsers: Firefox is built as MV3 too.
  manifestVersion: 3,
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    developmentIndicator: false,
  },
  vite: () => ({
    plugins: [loadOnlyPreloadHelper(), preact(), popupViews(), renderBlockingPopup(), pagesChunk()],
    build: {
      // Preload a page's shared chunks with the page (every supported browser has modulepreload).
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // idle: no pause while the user is away, and a long absence counts as a pause taken.
    // offscreen (Chrome only): the worker has no audio, so the pause's chime plays in an offscreen
    // document. Firefox's background is a page that plays it itself, and knows no such permission.
    permissions: [
      'alarms',
      'notifications',
      'idle',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    commands: {
      [TAKE_PAUSE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandTakePause__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'moedpauze@moedpauze.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Each popup page is built on its own: its chunks then hold only what that popup runs, and it
    // shares none with the other language's page, which would cost it one more file to wait for.
    // In one build with the other pages, a shared chunk kept every function and export the
    // settings, pause and journal pages take from it (about 0.9 KB gzip of the popup's budget).
    'entrypoints:grouped': (_wxt, groups) => {
      const isPopup = (entry: { name: string }) =>
        entry.name === 'popup' || entry.name === 'popup-en';
      const index = groups.findIndex((group) => Array.isArray(group) && group.some(isPopup));
      const group = groups[index];
      if (!Array.isArray(group)) return;
      groups.splice(
        index,
        1,
        ...group.filter(isPopup).map((entry) => [entry]),
        group.filter((entry) => !isPopup(entry)),
      );
    },
    // WXT takes the action's title from the popup's <title>; the toolbar tooltip is localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
    'server:started': (wxt) => {
      const isFirefox = wxt.config.browser === 'firefox';
      if (hasDisplay) {
        wxt.logger.info(
          isFirefox
            ? 'Moedpauze is loaded in Firefox: its icon is under the puzzle piece in the toolbar. Choose "Pin to Toolbar" there to keep it in sight.'
            : 'Moedpauze is loaded in Chromium: its icon is under the puzzle piece in the toolbar. Pin it there to keep it in sight.',
        );
        return;
      }
      wxt.logger.info(
        isFirefox
          ? `No display here, so no browser opens. Keep this running, then in Firefox open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…" and pick ${wxt.config.outDir}/manifest.json`
          : `No display here, so no browser opens. Keep this running, then in Chrome or Edge open chrome://extensions, turn on "Developer mode", choose "Load unpacked" and pick ${wxt.config.outDir}`,
      );
    },
  },
  zip: {
    // What a store reviewer needs to build the extension from source, and nothing else: no tests,
    // no screenshots (WXT's sources zip does not read .gitignore), no CI.
    includeSources: [
      'assets/**',
      'components/**',
      'entrypoints/**',
      'public/**',
      'utils/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
    ],
  },
  webExt: {
    disabled: !hasDisplay,
    binaries: { chrome: chromePath, firefox: firefoxPath },
    // Root cannot use Chromium's sandbox (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
