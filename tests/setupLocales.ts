/**
 * The page loads French and German when it shows them (src/i18n/loadLocale.ts); the unit tests
 * use every language synchronously, so all are loaded before any test runs.
 */
import { loadLocale } from "../src/i18n/loadLocale.ts";

await Promise.all([loadLocale("fr"), loadLocale("de")]);
