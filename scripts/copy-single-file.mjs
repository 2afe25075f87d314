// `npm run build` puts the single-file briefing beside index.html, so the served app can fetch it from its
// own origin for "Save briefing as one file…" (see src/single/briefing-file.ts).
import { copyFileSync } from 'node:fs';
copyFileSync('dist-single/sandtable.html', 'dist/sandtable.html');
console.log('copied dist-single/sandtable.html to dist/');
