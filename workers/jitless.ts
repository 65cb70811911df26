// Turns off zod's compiled (new Function) parsers. The app's Content Security Policy forbids eval,
// and zod's probe for it, though caught, is still reported as a CSP violation. Import this first
// in every browser entry point that loads zod (the page and the export worker), before any schema
// is built. The engine worker loads no zod (test/workers/engineImports.test.ts).
import { config } from 'zod';

config({ jitless: true });
