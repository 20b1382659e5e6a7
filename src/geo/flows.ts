/**
 * Flows: the lines the map draws. Links that share Member State, partner, framework and line
 * style (in place, tentative, participation) are one flow whose width says how many links it
 * stands for, as flowmap.gl draws them. The geometry is built once per dataset (or compare rows):
 * a filter only changes how many links of each flow are shown (`shownPerFlow`), which the map
 * applies as a texel per flow (src/map/FlowLayer.ts), so 100,000 links cost a few thousand lines
 * and no re-upload.
 * Pure: no React, no map library.
 */
import type { Feature, FeatureCollection, LineString, Position } from "geojson";
import type { Link } from "../data/dataset.ts";
import { arcCoordinates, bowsByLink, type ArcStyle } from "./arcs.ts";

export interface FlowProps {
  ms: string;
  partner: string;
  framework: string;
  /** The framework's colour, resolved once so the layer needs no per-vocabulary expression. */
  color: string;
  tentative: boolean;
  /** A Member State that takes part without signing: drawn dotted. */
  participation: boolean;
  /** How many links of the dataset the flow stands for, shown or not. */
  count: number;
}

export interface Flows {
  /** One line per flow; each feature's numeric `id` is its index here and in `linkIds`. */
  lines: FeatureCollection<LineString, FlowProps>;
  /** The ids of the links each flow stands for, by flow index. */
  linkIds: readonly (readonly string[])[];
  /** The flow of each link id; a link with an end the map cannot place has none. */
  flowOf: ReadonlyMap<string, number>;
}

/** What separates flows: everything the legend tells apart (framework or compare kind, line style). */
function flowKey(l: Link, tentative: boolean, participation: boolean): string {
  return `${l.member_state}>${l.partner}>${l.framework}>${tentative ? 1 : 0}${participation ? 1 : 0}`;
}

export function buildFlows(
  links: readonly Link[],
  anchorOf: (id: string) => Position | undefined,
  style: ArcStyle,
): Flows {
  const groups = new Map<string, { first: Link; tentative: boolean; participation: boolean; ids: string[] }>();
  for (const l of links) {
    const tentative = style.isTentative(l.status);
    const participation = style.isParticipation?.(l.status) ?? false;
    const key = flowKey(l, tentative, participation);
    const g = groups.get(key);
    if (g) g.ids.push(l.id);
    else groups.set(key, { first: l, tentative, participation, ids: [l.id] });
  }
  // Parallel flows of a pair bow apart as single links did, ordered by their first link's id.
  const bows = bowsByLink([...groups.values()].map((g) => g.first));
  const features: Feature<LineString, FlowProps>[] = [];
  const linkIds: string[][] = [];
  const flowOf = new Map<string, number>();
  for (const { first: l, tentative, participation, ids } of groups.values()) {
    const from = anchorOf(l.member_state);
    const to = anchorOf(l.partner);
    if (!from || !to) continue;
    const index = features.length;
    features.push({
      type: "Feature",
      id: index,
      properties: {
        ms: l.member_state,
        partner: l.partner,
        framework: l.framework,
        color: style.colorOf(l.framework),
        tentative,
        participation,
        count: ids.length,
      },
      geometry: { type: "LineString", coordinates: arcCoordinates(from, to, bows.get(l.id) ?? 0) },
    });
    linkIds.push(ids);
    for (const id of ids) flowOf.set(id, index);
  }
  return { lines: { type: "FeatureCollection", features }, linkIds, flowOf };
}

/**
 * How many of the shown links each flow stands for, by flow index: one pass over the shown
 * links, so a filter costs as much as the links it shows and nothing per line drawn.
 */
export function shownPerFlow(flows: Flows, shown: readonly Link[]): Uint32Array {
  const counts = new Uint32Array(flows.linkIds.length);
  for (const l of shown) {
    const i = flows.flowOf.get(l.id);
    if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/**
 * The flows with a shown link, each carrying its shown count, as one collection: what a plain
 * setData would upload (the benchmark's bare page draws this), and a picture's lines in tests.
 */
export function visibleFlows(flows: Flows, counts: Uint32Array): FeatureCollection<LineString, FlowProps> {
  const features = flows.lines.features.flatMap((f, i) => {
    const n = counts[i] ?? 0;
    return n > 0 ? [{ ...f, properties: { ...f.properties, count: n } }] : [];
  });
  return { type: "FeatureCollection", features };
}

/** Whether some flow with a shown link stands for more than one: the legend then explains widths. */
export function hasWideFlows(counts: Uint32Array): boolean {
  return counts.some((n) => n > 1);
}
