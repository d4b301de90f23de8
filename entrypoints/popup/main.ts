import views from 'virtual:popup-views/nl';
import { openPopup } from './paint';

openPopup(views, () => import('./app-nl'));
