import { popupMessages } from '@/assets/i18n/popup-nl';
import { firstFrame } from './paint';
import { startPopup } from './start';

// The popup's Preact in Dutch, loaded after its first frame: it takes over what was painted.

if (firstFrame) startPopup({ language: 'nl', messages: popupMessages }, firstFrame);
