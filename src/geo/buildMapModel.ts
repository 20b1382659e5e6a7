/** Everything the map draws for a given dataset, filtered links and selection. Pure, so it is unit-tested. */
import type { FeatureCollection, Point, Position } from "geojson";
import type { Dataset, Link } from "../data/dataset.ts";
import { memberStatesPerPartner } from "../data/filterLinks.ts";
import { placeName } from "../data/places.ts";
import type { Locale } from "../i18n/countryNames.ts";
import { pointCollection, type DotProps, type LabelProps } from "./pointFeatures.ts";
import { partnerScale, type Palette } from "../scales/colors.ts";
import type { DatasetStyle } from "../scales/frameworkColors.ts";
import { buildFlows, shownPerFlow, type Flows } from "./flows.ts";
import type { WorldLayer } from "./worldLayer.ts";

export interface MapModel {
  /** The lines of every link drawable (built once per dataset or compare rows, never per filter). */
  flows: Flows;
  /** How many shown links each flow stands for, by flow index: 0 hides it. */
  counts: Uint32Array;
  dots: FeatureCollection<Point, DotProps>;
  labels: FeatureCollection<Point, LabelProps>;
  fills: Map<string, string>;
  hatched: string[];
}

export const REGION_FILL = "#ffffff";

export function anchorResolver(world: WorldLayer, dataset: Dataset): (id: string) => Position | undefined {
  return (id) => {
    const region = dataset.regions.get(id);
    return region ? [region.lon, region.lat] : world.anchors.get(id);
  };
}

/** The flows of all `links` (the dataset's, or the compare rows): memoise on them, not on a filter. */
export function datasetFlows(dataset: Dataset, world: WorldLayer, links: readonly Link[], style: DatasetStyle): Flows {
  return buildFlows(links, anchorResolver(world, dataset), style);
}

export function buildMapModel(args: {
  dataset: Dataset;
  world: WorldLayer;
  /** From `datasetFlows` over links that include every shown one. */
  flows: Flows;
  shown: readonly Link[];
  selected: string | null;
  locale: Locale;
  palette: Palette;
}): MapModel {
  const { dataset, world, flows, shown, selected, locale, palette } = args;
  const partnerColor = partnerScale(palette);
  const anchorOf = anchorResolver(world, dataset);

  const fills = new Map<string, string>();
  for (const [partner, count] of memberStatesPerPartner(shown)) fills.set(partner, partnerColor(count));
  const hatched: string[] = [];
  for (const [code, answer] of dataset.memberStates) {
    fills.set(code, palette.responses[answer.response]);
    if (answer.response === "no_response") hatched.push(code);
  }
  // Without answers to a query there is no response layer: Member States with links share one fill.
  if (!dataset.hasResponses)
    for (const l of shown) if (!dataset.regions.has(l.member_state)) fills.set(l.member_state, palette.origin);

  const linkCount = new Map<string, number>();
  for (const l of shown) for (const id of [l.member_state, l.partner]) linkCount.set(id, (linkCount.get(id) ?? 0) + 1);

  const dotIds = new Set<string>([...linkCount.keys(), ...dataset.memberStates.keys()]);
  if (selected) dotIds.add(selected);
  const dots = [...dotIds]
    .filter((id) => dataset.regions.has(id) || world.small.has(id))
    .flatMap((id) => {
      const at = anchorOf(id);
      if (!at) return [];
      const kind = dataset.regions.has(id) ? ("region" as const) : ("small" as const);
      return [{ at, props: { id, kind, fill: fills.get(id) ?? REGION_FILL, selected: id === selected } }];
    });

  const labelIds = new Set(linkCount.keys());
  if (selected) labelIds.add(selected);
  const labels = [...labelIds].flatMap((id) => {
    const at = anchorOf(id);
    if (!at) return [];
    return [
      {
        at,
        props: { id, name: placeName(id, dataset, locale), selected: id === selected, rank: -(linkCount.get(id) ?? 0) },
      },
    ];
  });

  return {
    flows,
    counts: shownPerFlow(flows, shown),
    dots: pointCollection(dots),
    labels: pointCollection(labels),
    fills,
    hatched,
  };
}
