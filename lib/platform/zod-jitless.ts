/**
 * Imported first by the extension's pages and background: their CSP forbids eval, so zod is told up front to check
 * without compiling. Left to find out itself, zod probes `new Function` the first time it parses an object (the
 * backup and CSV schemas), and the browser reports each refused probe as a content-security-policy violation in the
 * panel, where the hostile-text tests rightly count any (scripts/browser/zod-jitless.ts does the same for injected
 * test code).
 */
import { config } from 'zod/mini';

config({ jitless: true });
