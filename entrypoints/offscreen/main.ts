import { playChime } from '@/utils/glue/play-chime';

// The background opens this page to play one chime (entrypoints/background/chime.ts): it plays
// as it loads. Chrome closes the page after 30 s of silence, or the background does, before
// opening it again for the next chime.
playChime();
