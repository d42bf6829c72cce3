import { z } from 'zod';

/**
 * Zod, configured once for the whole of geo/: every module imports `z` from here, so the setting
 * applies before any schema exists. Zod would otherwise probe for `new Function` to compile faster
 * parsers; the atlas's Content-Security-Policy forbids eval, and the probe shows up as a violation.
 */
z.config({ jitless: true });

export { z };
