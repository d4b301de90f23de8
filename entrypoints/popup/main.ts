import views from 'virtual:popup-views/nl';
import { openPopup } from './paint';
import styles from './style.css?inline';

openPopup(views, styles, () => import('./app-nl'));
