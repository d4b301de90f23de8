import views from 'virtual:popup-views/en';
import { openPopup } from '../popup/paint';

openPopup(views, () => import('../popup/app-en'));
