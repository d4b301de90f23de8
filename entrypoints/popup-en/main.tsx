import * as en from '@/assets/locales/en';
import { startPopup } from '../popup/start';

await startPopup({ language: 'en', ...en }, document.getElementById('app') as HTMLElement);
