import * as nl from '@/assets/locales/nl';
import { startPopup } from './start';

await startPopup({ language: 'nl', ...nl }, document.getElementById('app') as HTMLElement);
