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
import { registerCountryNames } from "./countryNames.ts";

for (const data of [en, fr, de]) countries.registerLocale(data);
registerCountryNames("en", en);
registerCountryNames("fr", fr);
registerCountryNames("de", de);
