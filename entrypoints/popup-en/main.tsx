import { cards, messages } from '@/assets/locales/en-popup';
import { startPopup } from '../popup/start';

await startPopup(
  { language: 'en', cards, messages },
  document.getElementById('app') as HTMLElement,
);
