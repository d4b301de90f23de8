import views from 'virtual:popup-views/en';
import { openPopup } from '../popup/paint';
import styles from '../popup/style.css?inline';

openPopup(views, styles, () => import('../popup/app-en'));
