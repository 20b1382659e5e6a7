/**
 * Reads a country as people write it in a spreadsheet: alpha-3 or alpha-2 codes, or a name in
 * English, French or German ("Maroc", "Marokko", "Morocco", "MA", "MAR" are all MAR). Names come
 * from i18n-iso-countries, so nothing here is a hand-kept list. Pure.
 */
import countries from "i18n-iso-countries";
import { distance } from "fastest-levenshtein";
import "../../i18n/allCountryNames.ts";
import { countryName, isKnownCountry, LOCALES } from "../../i18n/countryNames.ts";

/** The library's code for Kosovo is XK/XKK; the contract's is XKX. */
const toContract = (alpha3: string) => (alpha3 === "XKK" ? "XKX" : alpha3);

/** Case-, accent- and punctuation-insensitive: "Côte d’Ivoire" and "cote d'ivoire" meet. */
export function nameKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/**
 * Official and common names that the library lacks but ministries write (checked against the
 * French and German UN and EU country lists); everything else comes from the library.
 */
const EXTRA_NAMES: Record<string, string> = {
  "Tchéquie": "CZE",
  "République de Moldavie": "MDA",
  "Fédération de Russie": "RUS",
  "RD Congo": "COD",
  "DR Congo": "COD",
  "DR Kongo": "COD",
  "Republik Moldau": "MDA",
  "Russische Föderation": "RUS",
  "Côte d’Ivoire": "CIV",
  "Cabo Verde": "CPV",
};

let index: Map<string, string> | undefined;

function nameIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const locale of LOCALES) {
    for (const [alpha2, names] of Object.entries(countries.getNames(locale, { select: "all" }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const name of [names].flat()) {
        const key = nameKey(name);
        if (key && !index.has(key)) index.set(key, toContract(alpha3));
      }
    }
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) if (!index.has(nameKey(name))) index.set(nameKey(name), code);
  // "Moldova, Republic of" is also "Moldova": the part before the comma, where only one country has it
  // ("Korea, Republic of" and "Korea, Democratic People's Republic of" add no "Korea" here; the
  // library's own short names, which take precedence, may still have one).
  const heads = new Map<string, Set<string>>();
  for (const locale of LOCALES) {
    for (const [alpha2, names] of Object.entries(countries.getNames(locale, { select: "all" }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      for (const name of [names].flat()) {
        if (!alpha3 || !name.includes(",")) continue;
        const head = nameKey(name.split(",")[0] ?? "");
        heads.set(head, (heads.get(head) ?? new Set()).add(toContract(alpha3)));
      }
    }
  }
  for (const [head, codes] of heads) if (codes.size === 1 && head && !index.has(head)) index.set(head, [...codes][0] ?? "");
  return index;
}

export type Resolution = { code: string } | { suggestions: string[] };

/** The alpha-3 code for a cell, or the closest known names when none matches. */
/** `suggest: false` skips the search for close names (a few hundred are plenty for a report). */
export function resolveCountry(raw: string, suggest = true): Resolution {
  const value = raw.trim();
  const upper = value.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && isKnownCountry(upper)) return { code: upper };
  // Two letters only in capitals: "no", "in" or "be" in a cell are words, not Norway, India, Belgium.
  if (/^[A-Z]{2}$/.test(value)) {
    const alpha3 = upper === "XK" ? "XKX" : countries.alpha2ToAlpha3(upper);
    if (alpha3 && isKnownCountry(toContract(alpha3))) return { code: toContract(alpha3) };
    if (upper === "UK") return { code: "GBR" };
    if (upper === "EL") return { code: "GRC" }; // the EU's own abbreviation for Greece
  }
  const key = nameKey(value);
  const hit = nameIndex().get(key);
  if (hit) return { code: hit };
  return { suggestions: suggest ? closestNames(key) : [] };
}

/** Up to three names within a few edits of what was typed, as "Name (CODE)". */
export function closestNames(key: string, limit = 3): string[] {
  if (!key) return [];
  const scored: { code: string; name: string; d: number }[] = [];
  const words = new Set(key.split(" "));
  for (const [name, code] of nameIndex()) {
    // "Royaume du Maroc" holds "maroc": a name inside what was typed is a close match too.
    const inside = name.length > 3 && name.split(" ").every((w) => words.has(w));
    const d = inside ? 1 : distance(key, name);
    if (d <= Math.max(2, Math.ceil(key.length / 3))) scored.push({ code, name, d });
  }
  scored.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  const codes = [...new Set(scored.map((s) => s.code))].slice(0, limit);
  return codes.map((c) => `${countryName(c, "en") ?? c} (${c})`);
}
