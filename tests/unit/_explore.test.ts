import { it } from "vitest";
import { bundled } from "./bundledDataset.ts";
import { buildStoryDeck } from "../../src/present/defaultDeck.ts";
import { createTranslator, formatList, formatIsoDate } from "../../src/i18n/translate.ts";
import { CATALOGUES } from "../../src/i18n/catalogues.ts";
import { placeName } from "../../src/data/places.ts";
import { filterLinks } from "../../src/data/filterLinks.ts";
import { EMPTY_FILTERS } from "../../src/data/filters.ts";
it("x", () => {
  console.log(bundled.issues.length);
  const ds = bundled.dataset;
  for (const loc of ["en", "fr", "de"] as const) {
    const deck = buildStoryDeck({ dataset: ds, t: createTranslator(loc, CATALOGUES[loc].messages), nameOf: (id) => placeName(id, ds, loc), list: (i) => formatList(i, loc) });
    console.log(JSON.stringify(deck, null, 1));
  }
  const mp = filterLinks(ds.links, { ...EMPTY_FILTERS, frameworks: ["eu_mobility_partnership"] });
  console.log(mp.map((l) => `${l.member_state} ${l.partner} ${l.status}`).join("\n"));
  console.log([...ds.memberStates.values()].map((m) => `${m.code} ${m.response}`).join("\n"));
  console.log(JSON.stringify([new Intl.NumberFormat("fr").format(1234), new Intl.NumberFormat("de").format(1234), new Intl.NumberFormat("en").format(1234)]));
  for (const l of ["en","fr","de"] as const) console.log(JSON.stringify(["2010","2010-10","2010-10-08","bad"].map((d)=>formatIsoDate(d,l))), JSON.stringify([formatList(["A","B","C"],l), formatList(["A","B"],l), formatList(["A"],l), formatList([],l)]));
});
