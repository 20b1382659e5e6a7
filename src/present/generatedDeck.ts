/**
 * A short deck for a dataset that brings no story of its own: the overview, the busiest Member
 * States and partners, and each focus area in use. Every number is counted from the links. Pure.
 */
import type { Dataset, Link } from "../data/dataset.ts";
import { EMPTY_FILTERS, type Filters } from "../data/filters.ts";
import { summarize } from "../data/filterLinks.ts";
import { countBy } from "../data/countBy.ts";
import type { Translate } from "../i18n/translate.ts";
import { DEFAULT_STATE, serializeUrlState } from "../state/urlState.ts";
import type { Deck, Slide } from "./deck.ts";

export interface GeneratedDeckContext {
  dataset: Dataset;
  /** The dataset parameter slides carry, so a slide opens on this dataset wherever it is shown. */
  datasetParam: string | null;
  title: string;
  t: Translate;
  nameOf(id: string): string;
  themeLabel(id: string): string;
  list(items: string[]): string;
}

const TOP = 3;

/** The ids with most links, most first. */
const busiest = (links: readonly Link[], key: (l: Link) => string, keep: (id: string) => boolean) =>
  countBy(links, key, keep).slice(0, TOP);

export function buildGeneratedDeck(c: GeneratedDeckContext): Deck {
  const { dataset, t } = c;
  const links = dataset.links;
  const isRegion = (id: string) => dataset.regions.has(id);
  const slides: Slide[] = [];
  const add = (id: string, filters: Partial<Filters>, title: string, note: string) =>
    slides.push({
      id,
      title,
      note,
      query: serializeUrlState({
        ...DEFAULT_STATE,
        dataset: c.datasetParam,
        filters: { ...EMPTY_FILTERS, ...filters },
      }),
    });
  const named = (pairs: [string, number][]) => c.list(pairs.map(([id, n]) => `${c.nameOf(id)} (${n})`));

  const total = summarize(links, isRegion);
  add(
    "overview",
    {},
    t("deck.gen.overview", { links: total.links, ms: total.memberStates, partners: total.partners }),
    c.title,
  );
  const ms = busiest(
    links,
    (l) => l.member_state,
    (id) => !isRegion(id),
  );
  if (ms.length > 0)
    add(
      "member-states",
      { memberStates: ms.map(([id]) => id) },
      t("deck.gen.memberStates", { list: named(ms) }),
      t("deck.gen.memberStatesNote", { count: ms.length }),
    );
  const partners = busiest(
    links,
    (l) => l.partner,
    () => true,
  );
  if (partners.length > 0)
    add(
      "partners",
      { partners: partners.map(([id]) => id) },
      t("deck.gen.partners", { list: named(partners) }),
      t("deck.gen.partnersNote", { count: partners.length }),
    );
  const themes = new Map<string, number>();
  for (const l of links) for (const th of l.themes) themes.set(th, (themes.get(th) ?? 0) + 1);
  for (const theme of dataset.vocabulary.themes.filter((th) => themes.has(th))) {
    const shown = summarize(
      links.filter((l) => l.themes.includes(theme)),
      isRegion,
    );
    add(
      `theme-${slides.length}`,
      { themes: [theme] },
      t("deck.gen.theme", { theme: c.themeLabel(theme), count: shown.links }),
      t("deck.gen.themeNote", { ms: shown.memberStates, partners: shown.partners }),
    );
  }
  return { title: c.title, slides: slides.slice(0, 50) };
}
