// `npm run web [-- --port N]`: build the browser edition and serve it locally (the next free port after 4317 unless
// --port is given). Stop with Ctrl+C.
import { serveBrowserEdition } from './lib/serveCommand.mjs';

await serveBrowserEdition(process.argv.slice(2));
