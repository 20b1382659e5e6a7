/** The deck a dataset presents with: its manifest's story, a built-in story it names, or one made from its data. Pure. */
import type { Dataset } from "../data/dataset.ts";
import { localize } from "../data/datasets/manifest.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { Deck } from "./deck.ts";
import { buildStoryDeck } from "./defaultDeck.ts";
import { buildGeneratedDeck } from "./generatedDeck.ts";
import { buildYearByYearDeck } from "./yearByYearDeck.ts";

export function storyDeck({
  dataset,
  datasetParam,
  i18n,
  nameOf,
}: {
  dataset: Dataset;
  datasetParam: string | null;
  i18n: I18n;
  nameOf(id: string): string;
}): Deck {
  const story = dataset.manifest.story;
  // The 2010 story's titles are counted from the data and worded in the UI catalogues.
  if (story === "emn-ahq-2010") return buildStoryDeck({ dataset, t: i18n.t, nameOf, list: i18n.list });
  if (story === "by-year")
    return buildYearByYearDeck({
      dataset,
      datasetParam: datasetParam ?? dataset.manifest.id,
      title: localize(dataset.manifest.title, i18n.locale),
      i18n,
      nameOf,
    });
  if (story && typeof story === "object") {
    return {
      title: localize(story.title, i18n.locale),
      slides: story.slides.map((s, i) => ({
        id: `s${i + 1}`,
        title: localize(s.title, i18n.locale),
        note: s.note ? localize(s.note, i18n.locale) : "",
        query: s.query,
      })),
    };
  }
  return buildGeneratedDeck({
    dataset,
    datasetParam,
    title: localize(dataset.manifest.title, i18n.locale),
    t: i18n.t,
    nameOf,
    themeLabel: (id) => i18n.vocab("themes", id),
    list: i18n.list,
  });
}
