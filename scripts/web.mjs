// `npm run web`: build the browser twin and serve it locally. Stop with Ctrl+C.
import { buildAndServeTwin } from './lib/serveTwin.mjs';

const { url } = await buildAndServeTwin();
console.log(`IAM Lab (browser edition) is running at ${url}  — press Ctrl+C to stop.`);
