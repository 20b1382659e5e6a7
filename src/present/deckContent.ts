/**
 * What a deck becomes as a file: a title slide, then each slide's title, note, the view it shows
 * (filters, selection, date, camera) as a map model, its legend and the dataset's source line.
 * Pure: the map pictures are rendered elsewhere (map/renderMapImages.ts) from `views`.
 */
import type { Dataset, Link } from "../data/dataset.ts";
import { filterLinks } from "../data/filterLinks.ts";
import { linksAt } from "../data/time.ts";
import { anchorResolver, buildMapModel, datasetFlows, type MapModel } from "../geo/buildMapModel.ts";
import { hasWideFlows } from "../geo/flows.ts";
import type { WorldLayer } from "../geo/worldLayer.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import { PALETTES, type Palette } from "../scales/colors.ts";
import { localize } from "../data/datasets/manifest.ts";
import { stampText } from "../app/stampText.ts";
import type { DatasetStyle } from "../scales/frameworkColors.ts";
import { parseUrlState, type Camera, type ParseContext } from "../state/urlState.ts";
import type { Deck } from "./deck.ts";
import { legendModel, type LegendSection } from "../legend/legendModel.ts";

export interface SlideContent {
  title: string;
  note: string;
  /** The same legend model as the screen and the PNG (src/legend/legendModel.ts). */
  legend: LegendSection[];
  /** What the map shows, and where the camera looks. */
  model: MapModel;
  camera: Camera | null;
  bounds: [number, number, number, number] | null;
  selected: string | null;
}

export interface DeckContent {
  title: string;
  subtitle: string;
  source: string;
  language: string;
  /** The palette the pictures are drawn in (the models' fills use it too). */
  palette: Palette;
  slides: SlideContent[];
}

function boundsOf(
  links: readonly Link[],
  anchorOf: (id: string) => [number, number] | undefined,
): [number, number, number, number] | null {
  let b: [number, number, number, number] | null = null;
  for (const l of links) {
    for (const p of [anchorOf(l.member_state), anchorOf(l.partner)]) {
      if (!p) continue;
      b = b
        ? [Math.min(b[0], p[0]), Math.min(b[1], p[1]), Math.max(b[2], p[0]), Math.max(b[3], p[1])]
        : [p[0], p[1], p[0], p[1]];
    }
  }
  return b;
}

export function deckContent(
  deck: Deck,
  o: {
    dataset: Dataset;
    world: WorldLayer;
    ctx: ParseContext;
    palette: Palette;
    style: DatasetStyle;
    i18n: I18n;
    title: string;
    source: string;
    nameOf(id: string): string;
  },
): DeckContent {
  const { i18n, dataset, style } = o;
  const anchorOf = anchorResolver(o.world, dataset) as (id: string) => [number, number] | undefined;
  // Every slide draws the same lines, with its own counts: built once for the deck.
  const flows = datasetFlows(dataset, o.world, dataset.links, style);
  const slides = deck.slides.map((slide): SlideContent => {
    const { state } = parseUrlState(slide.query, o.ctx);
    let shown = filterLinks(dataset.links, state.filters);
    const all = shown;
    if (state.at) shown = linksAt(shown, state.at).inPlace;
    const frameworks = [...new Set(shown.map((l) => l.framework))].sort(
      (a, b) => dataset.vocabulary.frameworks.indexOf(a) - dataset.vocabulary.frameworks.indexOf(b),
    );
    const statuses = [...new Set(shown.map((l) => l.status))];
    const model = buildMapModel({
      dataset,
      world: o.world,
      flows,
      shown,
      selected: state.select,
      locale: i18n.locale,
      palette: o.palette,
    });
    // Slide pictures draw no gaps outline and no comparison, so their key has neither.
    const legend = legendModel(
      {
        frameworks,
        statuses,
        style,
        palette: o.palette,
        hasResponses: dataset.hasResponses,
        compare: null,
        gaps: false,
        wideFlows: hasWideFlows(model.counts),
      },
      i18n,
    );
    const filtered =
      state.filters.themes.length +
        state.filters.memberStates.length +
        state.filters.partners.length +
        state.filters.frameworks.length +
        state.filters.statuses.length >
      0;
    return {
      title: slide.title,
      note: slide.note,
      legend,
      model,
      camera: state.camera,
      // As on screen: a filtered slide looks at its links (whatever the date), the overview at Europe and Africa.
      bounds: filtered || state.select ? boundsOf(all, anchorOf) : null,
      selected: state.select,
    };
  });
  return { title: deck.title, subtitle: o.title, source: o.source, language: i18n.locale, palette: o.palette, slides };
}

/**
 * "Download PowerPoint" / "Download PDF" of `deck`: its content for a projector (stronger fills,
 * wider flows, larger labels), under the dataset's title (or its description, when the deck is
 * named after the dataset), and a file name from the deck's title.
 */
export function deckFile(
  deck: Deck,
  o: Omit<Parameters<typeof deckContent>[1], "palette" | "title" | "source"> & { title: string },
): { content: DeckContent; fileName: string } {
  const { dataset, i18n, title } = o;
  const subtitle = dataset.manifest.description ? localize(dataset.manifest.description, i18n.locale) : title;
  const content = deckContent(deck, {
    ...o,
    palette: PALETTES.projector,
    title: deck.title === title ? subtitle : title,
    source: stampText(dataset, i18n),
  });
  const slug = deck.title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
  return { content, fileName: slug || "deck" };
}
