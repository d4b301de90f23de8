import { popupMessages } from '@/assets/i18n/popup-en';
import { firstFrame } from './paint';
import { startPopup } from './start';

// The popup's Preact in English, loaded after its first frame: it takes over what was painted.

if (firstFrame) startPopup({ language: 'en', messages: popupMessages }, firstFrame);
