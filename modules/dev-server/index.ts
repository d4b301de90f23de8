import { defineWxtModule } from 'wxt/modules';
import { chooseBrowser, findMissingBrowser, hasDisplay } from './browsers';
import { sayStarted } from './words';

/**
 * `npm start`: a missing browser named in one line before anything starts (which browser opens
 * is `webExt` in wxt.config.ts, chosen by browsers.ts), what to do said once the extension is built (not before), and the development
 * server stopped when npm is told to stop.
 */
export default defineWxtModule({
  name: 'moedpauze:dev-server',
  setup(wxt) {
    if (wxt.config.command !== 'serve') return;
    const browser = wxt.config.browser === 'firefox' ? 'firefox' : 'chrome';
    const canShow = hasDisplay();
    const choice = chooseBrowser(browser);
    wxt.hooks.hook('server:created', () => {
      const missing = canShow ? findMissingBrowser(browser, choice) : null;
      if (!missing) return;
      wxt.logger.error(missing);
      process.exit(1);
    });
    let isStarted = false;
    wxt.hooks.hook('server:started', (_wxt, server) => {
      // Stopped, the server and its browser go too: on a signal, and when npm, which started it,
      // is stopped itself (npm does not pass a SIGTERM on to its script: the script would be left).
      const stop = () => void server.stop().finally(() => process.exit(0));
      process.once('SIGTERM', stop);
      process.once('SIGHUP', stop);
      const parentId = process.ppid;
      setInterval(() => process.ppid !== parentId && stop(), 1000).unref();
      isStarted = true;
    });
    wxt.hooks.hook('build:done', () => {
      if (!isStarted) return;
      isStarted = false;
      wxt.logger.info(sayStarted(browser, canShow, wxt.config.outDir));
    });
  },
});
