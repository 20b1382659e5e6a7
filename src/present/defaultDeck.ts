/**
 * The 2010 story as a deck, built from the data: every number in a title is counted from the
 * links, so the slides cannot drift from what the map then shows. Pure.
 */
import type { Dataset, Link } from "../data/dataset.ts";
import { EMPTY_FILTERS, type Filters } from "../data/filters.ts";
import { filterLinks, memberStatesPerPartner, summarize } from "../data/filterLinks.ts";
import { TENTATIVE_STATUSES } from "../data/vocabulary.ts";
import type { Translate } from "../i18n/translate.ts";
import { DEFAULT_STATE, serializeUrlState } from "../state/urlState.ts";
import type { Deck, Slide } from "./deck.ts";

export interface StoryContext {
  dataset: Dataset;
  t: Translate;
  nameOf(id: string): string;
  list(items: string[]): string;
}

const queryOf = (filters: Partial<Filters>) =>
  serializeUrlState({ ...DEFAULT_STATE, filters: { ...EMPTY_FILTERS, ...filters } });

const partnersOf = (links: Link[]) => [...new Set(links.map((l) => l.partner))];

export function buildStoryDeck({ dataset, t, nameOf, list }: StoryContext): Deck {
  const all = dataset.links;
  const slides: Slide[] = [];
  const add = (id: string, filters: Partial<Filters>, title: string, note: string) =>
    slides.push({ id, title, note, query: queryOf(filters) });

  const total = summarize(all);
  add(
    "overview",
    {},
    t("story.overview.title", { ms: total.memberStates, links: total.links, partners: total.partners }),
    t("story.overview.note"),
  );

  // The partnerships in place that at least two answers confirm, oldest first; the rest go in the note.
  const mp = filterLinks(all, { ...EMPTY_FILTERS, frameworks: ["eu_mobility_partnership"] });
  const inPlace = mp.filter((l) => !TENTATIVE_STATUSES.has(l.status));
  const perPartner = memberStatesPerPartner(inPlace);
  const since = (p: string) =>
    inPlace
      .filter((l) => l.partner === p && l.start)
      .map((l) => l.start)
      .sort()[0] ?? "9999";
  const confirmed = [...perPartner]
    .filter(([, n]) => n >= 2)
    .map(([p]) => p)
    .sort((a, b) => since(a).localeCompare(since(b)));
  const single = [...perPartner].filter(([, n]) => n < 2).map(([p]) => nameOf(p));
  const top = [...perPartner].sort((a, b) => b[1] - a[1])[0]?.[0];
  add(
    "mobility",
    { frameworks: ["eu_mobility_partnership"] },
    t("story.mp.title", { list: list(confirmed.map(nameOf)) }),
    t("story.mp.note", {
      count: summarize(mp).memberStates,
      top: top ? nameOf(top) : "",
      single: single.length ? list(single) : "–",
    }),
  );

  const fra = filterLinks(all, { ...EMPTY_FILTERS, memberStates: ["FRA"], frameworks: ["bilateral"] });
  add(
    "france",
    { memberStates: ["FRA"], frameworks: ["bilateral"] },
    t("story.fra.title", { count: fra.length }),
    t("story.fra.note", {
      ratified: fra.filter((l) => l.status === "ratified").length,
      signed: fra.filter((l) => l.status === "signed").length,
    }),
  );

  const esp = filterLinks(all, { ...EMPTY_FILTERS, memberStates: ["ESP"], frameworks: ["bilateral"] });
  add(
    "spain",
    { memberStates: ["ESP"], frameworks: ["bilateral"] },
    t("story.esp.title", { count: partnersOf(esp).length }),
    t("story.esp.note"),
  );

  const ita = filterLinks(all, { ...EMPTY_FILTERS, memberStates: ["ITA"] });
  add(
    "italy",
    { memberStates: ["ITA"] },
    t("story.ita.title", { list: list(partnersOf(ita).map(nameOf)) }),
    t("story.ita.note", {
      inForce: ita.filter((l) => l.status === "in_force").length,
      negotiating: ita.filter((l) => l.status === "under_negotiation").length,
    }),
  );

  const prt = filterLinks(all, { ...EMPTY_FILTERS, memberStates: ["PRT"], frameworks: ["bilateral"] });
  add(
    "portugal",
    { memberStates: ["PRT"], frameworks: ["bilateral"] },
    t("story.prt.title"),
    t("story.prt.note", { count: prt.length }),
  );

  const byResponse = (r: string) =>
    [...dataset.memberStates.values()].filter((m) => m.response === r).map((m) => m.code);
  const none = byResponse("no_partnership");
  const silent = byResponse("no_response");
  const names = (codes: string[]) => list(codes.map(nameOf).sort((a, b) => a.localeCompare(b)));
  add(
    "silent",
    { memberStates: [...none, ...silent] },
    t("story.none.title", { none: none.length, silent: silent.length }),
    t("story.none.note", {
      noneList: names(none),
      silentList: names(silent),
      ndList: names(byResponse("not_disseminated")),
    }),
  );

  return { title: t("story.title"), slides };
}
