/**
 * "The partnerships year by year": one slide for each year in which links start, showing what is
 * in place at its end. Every name and number is counted from the data. Pure.
 */
import type { Dataset, Link } from "../data/dataset.ts";
import { linksAt } from "../data/time.ts";
import { DEFAULT_STATE, serializeUrlState } from "../state/urlState.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { Deck, Slide } from "./deck.ts";

export function buildYearByYearDeck(c: {
  dataset: Dataset;
  datasetParam: string | null;
  title: string;
  i18n: Pick<I18n, "t" | "list">;
  nameOf(id: string): string;
}): Deck {
  const { dataset, i18n } = c;
  const { t, list } = i18n;
  const byYear = new Map<string, Link[]>();
  for (const l of dataset.links) {
    if (!l.start) continue;
    const year = l.start.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), l]);
  }
  const slides: Slide[] = [...byYear.keys()].sort().map((year) => {
    const started = byYear.get(year) ?? [];
    // Each new instrument with how many Member States signed it, or "EU" for one concluded by the EU as a whole.
    const partners = [...new Set(started.map((l) => l.partner))];
    const named = partners.map((p) => {
      const signers = new Set(started.filter((l) => l.partner === p).map((l) => l.member_state));
      const origins = [...signers].filter((id) => !dataset.regions.has(id));
      return origins.length
        ? t("story.year.withMs", { name: c.nameOf(p), count: origins.length })
        : t("story.year.withEu", { name: c.nameOf(p) });
    });
    const inPlace = linksAt(dataset.links, year).inPlace;
    const partnersInPlace = new Set(inPlace.map((l) => l.partner)).size;
    return {
      id: `y${year}`,
      title: t("story.year.title", { year, list: list(named) }),
      note: t("story.year.note", { year, count: partnersInPlace }),
      query: serializeUrlState({ ...DEFAULT_STATE, dataset: c.datasetParam, at: year }),
    };
  });
  return { title: c.title, slides: slides.slice(0, 50) };
}
