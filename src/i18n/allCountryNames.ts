/**
 * Every UI language's country names, registered at once, for the import worker: it reads "Maroc"
 * and "Marokko" whatever language the page is in. The page loads them one language at a time
 * (countryNames.ts), so this module is imported only where every name is needed.
 */
import de from "i18n-iso-countries/langs/de.json";
import fr from "i18n-iso-countries/langs/fr.json";
import { registerCountryNames } from "./countryNames.ts";

registerCountryNames("fr", fr);
registerCountryNames("de", de);
