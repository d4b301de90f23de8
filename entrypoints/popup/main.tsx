import { cards, messages } from '@/assets/locales/nl';
import { startPopup } from './start';

await startPopup(
  { language: 'nl', cards, messages },
  document.getElementById('app') as HTMLElement,
);
