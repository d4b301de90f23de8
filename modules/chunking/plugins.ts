import type { Plugin } from 'vite';
import { POPUP_PAGE } from '../popup-first-frame/plugins';

/**
 * Vite wraps every `import()` in a helper that also fetches the lazy chunk's CSS and preloads its
 * imports: about 0.8 KB gzip, loaded by every page that has an `import()`, the popup too. No lazy
 * chunk here has CSS (each page's styles are in its own stylesheet, or come inside its chunk), so
 * the helper only loads the chunk, and the list of files Vite writes beside each `import()` for
 * it (`__vite__mapDeps`) is never read: it goes too. The module id and the list's name are Vite's
 * own (vite/src/node/plugins/importAnalysisBuild.ts); should they change, the popup's byte budget
 * test sees the helper or the list come back.
 */
export function loadOnlyPreloadHelper(): Plugin {
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
 * apart (modules/popup-first-frame), each alone, so nothing of theirs is shared.
 */
export function pagesChunk(): Plugin {
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
