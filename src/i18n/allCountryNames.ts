/**
 * Every UI language's country names, registered at once, for the import worker: it reads "Maroc"
 * and "Marokko" whatever language the page is in, with i18n-iso-countries' name search. The page
 * loads the names one language at a time and without the library (countryNames.ts), so this
 * module is imported only where every name is needed.
 */
import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import { withCommonNames } from "./commonNames.ts";
import { registerCountryNames } from "./countryNames.ts";

// The library searches every name it has; the atlas shows the common ones (commonNames.ts).
for (const data of [en, fr, de]) countries.registerLocale(data);
registerCountryNames("en", withCommonNames("en", en));
registerCountryNames("fr", withCommonNames("fr", fr));
registerCountryNames("de", withCommonNames("de", de));
