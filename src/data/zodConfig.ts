/**
 * zod compiles schemas with `new Function` unless told not to; under the atlas's
 * Content-Security-Policy (no 'unsafe-eval') that probe would be refused. Imported first.
 * zod/mini, not zod: the same checks at a fraction of the import worker's weight, which every
 * visit loads to check the bundled dataset (issue #9). Its English messages (for the few checks
 * without a message of their own) are loaded here, as zod's classic API did by itself.
 */
import { z } from "zod/mini";

z.config({ jitless: true, ...z.locales.en() });
