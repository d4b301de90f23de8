import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { chooseBrowser, hasDisplay } from './modules/dev-server/browsers';
import { TAKE_PAUSE_COMMAND } from './utils/core/commands';

const chrome = chooseBrowser('chrome');
const firefox = chooseBrowser('firefox');

// Build logic lives in modules/ (WXT loads each folder's index.ts): the popup's first frame, the
// chunking of the pages, the manifest's last touches, and what `npm start` does and says.
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
  }),
  zip: {
    // What a store reviewer needs to build the extension from source, and nothing else: no tests,
    // no screenshots (WXT's sources zip does not read .gitignore), no CI.
    includeSources: [
      'assets/**',
      'components/**',
      'entrypoints/**',
      'public/**',
      'utils/**',
      'modules/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
    ],
  },
  webExt: {
    disabled: !hasDisplay(),
    binaries: {
      ...(chrome.path ? { chrome: chrome.path } : {}),
      ...(firefox.path ? { firefox: firefox.path } : {}),
    },
    // Root cannot use Chromium's sandbox (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
