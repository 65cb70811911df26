// Turns off zod's compiled (new Function) parsers. The app's Content Security Policy forbids eval,
// and zod's probe for it, though caught, is still reported as a CSP violation. Import this first
// in every browser entry point (page and workers), before any schema is built.
import { config } from 'zod';

config({ jitless: true });
