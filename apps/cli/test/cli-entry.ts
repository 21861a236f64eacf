// The bin entry, run from the TypeScript sources (tests spawn it with tsx).
import { run } from '../src/main.js';

process.exitCode = await run(process.argv.slice(2));
