import { startSettingsPage } from './start';

await startSettingsPage(document.getElementById('app') as HTMLElement);
