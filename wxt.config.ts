import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Chromium for `npm start`: `CHROME_PATH` wins, else Debian's. */
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** `npm start` opens a browser only where one can be shown; elsewhere it says what to load. */
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // One `action` API for both browsers: Firefox is built as MV3 too.
  manifestVersion: 3,
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    developmentIndicator: false,
  },
  vite: () => ({
    plugins: [preact()],
    build: {
      // Preload a page's shared chunks with the page (every supported browser has modulepreload).
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'notifications'],
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
    // WXT takes the action's title from the popup's <title>; the toolbar tooltip is localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
    'server:started': (wxt) => {
      if (hasDisplay) return;
      wxt.logger.info(
        `No display here, so no browser opens. Keep this running, then in Chrome or Edge open chrome://extensions, turn on "Developer mode", choose "Load unpacked" and pick ${wxt.config.outDir}`,
      );
    },
  },
  webExt: {
    disabled: !hasDisplay,
    binaries: { chrome: chromePath },
    // Root cannot use Chromium's sandbox (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
