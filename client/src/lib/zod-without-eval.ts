/**
 * Zod compiles object parsers with `new Function` when it may, and probes for that once; under
 * the server's Content-Security-Policy (no 'unsafe-eval') even the caught probe is reported as a
 * violation. Jitless mode skips the probe and the compiler. Imported first by main.tsx, before
 * any schema parses.
 */
import { config } from 'zod';

config({ jitless: true });
