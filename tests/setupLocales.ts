/**
 * The page loads French and German when it shows them, and English's on-demand messages with the
 * parts that use them (src/i18n/loadLocale.ts, catalogues.ts); the unit tests use every language
 * synchronously, so all are loaded before any test runs.
 */
import { loadLocale } from "../src/i18n/loadLocale.ts";

await Promise.all([loadLocale("en"), loadLocale("fr"), loadLocale("de")]);
