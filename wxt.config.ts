import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

/** Rollup's and Rolldown's look-up of a module in the graph, as far as used here. */
type GetModuleInfo = (id: string) => { importers: readonly string[] } | null;

import { defineConfig } from 'wxt';
import { TAKE_PAUSE_COMMAND } from './utils/core/commands';

/** Chromium for `npm start`: `CHROME_PATH` wins, else Debian's. */
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Firefox for `npm run start:firefox`: `FIREFOX_PATH` wins, else Debian's ESR. */
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** `npm start` opens a browser only where one can be shown; elsewhere it says what to load. */
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/**
 * The popup's module script blocks rendering until it has run: it renders its reserved card
 * synchronously, so the first frame shows the card rather than an empty popup. Vite rewrites the
 * script tag and drops the attribute, so it is added after.
 * https://html.spec.whatwg.org/multipage/urls-and-fetching.html#blocking-attributes
 */
function renderBlockingPopup(): Plugin {
  return {
    name: 'moedpauze:render-blocking-popup',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        /[\\/]popup(-en)?[\\/]index\.html$/.test(context.filename)
          ? html.replace('<script type="module" ', '<script type="module" blocking="render" ')
          : html,
    },
  };
}

/**
 * Vite wraps every `import()` in a helper that also fetches the lazy chunk's CSS and preloads its
 * imports: about 0.8 KB gzip, loaded by every page that has an `import()`, the popup too. No lazy
 * chunk here has CSS (each page's styles are in its own stylesheet), so the helper only loads the
 * chunk. Its module id is Vite's own (vite/src/node/plugins/importAnalysisBuild.ts); should it
 * change, the popup's byte budget test sees the helper come back.
 */
function loadOnlyPreloadHelper(): Plugin {
  return {
    name: 'moedpauze:load-only-preload-helper',
    enforce: 'pre',
    load: (id) =>
      id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null,
  };
}

/**
 * The popup's code (Preact, idb-keyval, utils, its components) in one chunk, which its two pages
 * share: every file an extension page waits for costs it a round trip, and the popup's paint
 * budget has room for three (page, app, language), not four. The polyfill stays out (the popup
 * uses no extension API), and so does each language's content, so a popup loads its own language
 * only, and of it only the cards and its own strings (assets/locales/nl-popup.ts, en-popup.ts).
 * The other pages are built apart (the `entrypoints:grouped` hook below), with a chunk of their own.
 */
function oneAppChunk(): Plugin {
  const app =
    /node_modules[\\/](preact|idb-keyval)[\\/]|[\\/]utils[\\/]|[\\/]components[\\/](CardView|PauseControls)\.tsx$|[\\/]entrypoints[\\/]popup[\\/](start|App)\.tsx$|wxt-html-plugins/;
  // The other pages (built apart from the popup) share one chunk of libraries too, named so,
  // with WXT's module of HTML plugins (empty once built) in it rather than a file of its own.
  const pages = /node_modules[\\/]|wxt-html-plugins|vite[\\/]preload-helper/;
  // Only what the popup itself imports: the options page's export and import, the full locales,
  // the message map (which reaches the extension API) and the chime stay in their own pages' files.
  const popupEntry = /[\\/]entrypoints[\\/]popup(-en)?[\\/]index\.html$/;
  /** Whether a popup page imports a module, directly or through others (not by `import()`). */
  function isInPopup(id: string, getModuleInfo: GetModuleInfo, seen = new Set<string>()): boolean {
    if (popupEntry.test(id)) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return (getModuleInfo(id)?.importers ?? []).some((importer) =>
      isInPopup(importer, getModuleInfo, seen),
    );
  }
  return {
    name: 'moedpauze:one-app-chunk',
    outputOptions(options) {
      // The background is one file, built without code splitting: leave it as it is.
      if ((options as { codeSplitting?: boolean }).codeSplitting === false) return null;
      if (options.inlineDynamicImports) return null;
      return {
        ...options,
        manualChunks: (id: string, meta: { getModuleInfo: GetModuleInfo }) =>
          app.test(id) && isInPopup(id, meta.getModuleInfo)
            ? 'app'
            : pages.test(id)
              ? 'pages'
              : undefined,
      };
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
    plugins: [loadOnlyPreloadHelper(), preact(), renderBlockingPopup(), oneAppChunk()],
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
    // The popup pages are built on their own: their chunks then hold only what a popup runs. In
    // one build with the other pages, the shared chunk kept every function and export the
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
        group.filter(isPopup),
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
