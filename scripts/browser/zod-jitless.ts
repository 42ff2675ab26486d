/**
 * Imported first by the scripts the tests and the benchmark inject into Chromium. In the extension, its CSP forbids
 * eval, so zod finds `new Function` refused and checks without compiling; code injected through the DevTools
 * protocol passes that probe and then fails to compile, and a benchmark on a page without that CSP would measure
 * compiled checks the extension never gets. Both are told what the extension has.
 */
import { config } from 'zod';

config({ jitless: true });
