import { startPausePage } from './start';

await startPausePage(document.getElementById('app') as HTMLElement);
