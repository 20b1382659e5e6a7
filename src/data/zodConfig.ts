/**
 * zod compiles schemas with `new Function` unless told not to; under the atlas's
 * Content-Security-Policy (no 'unsafe-eval') that probe would be refused. Imported first.
 */
import { z } from "zod";

z.config({ jitless: true });
