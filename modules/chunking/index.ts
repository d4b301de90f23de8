import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { loadOnlyPreloadHelper, pagesChunk } from './plugins';

/** How the pages' code is cut into files: a lazy import loads only its chunk, and one shared chunk of libraries. */
export default defineWxtModule({
  name: 'moedpauze:chunking',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [loadOnlyPreloadHelper(), pagesChunk()] }));
  },
});
