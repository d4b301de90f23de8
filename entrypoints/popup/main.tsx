import { cards, messages } from '@/assets/locales/nl-popup';
import { startPopup } from './start';

await startPopup(
  { language: 'nl', cards, messages },
  document.getElementById('app') as HTMLElement,
);
