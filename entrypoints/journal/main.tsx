import { startJournalPage } from './start';

await startJournalPage(document.getElementById('app') as HTMLElement);
