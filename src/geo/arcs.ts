/**
 * Great-circle arcs from a Member State to a partner. Several instruments between the same pair
 * bow apart symmetrically so that no arc hides under another.
 */
import { geoInterpolate } from "d3-geo";
import type { Feature, FeatureCollection, LineString, Position } from "geojson";
import type { Link } from "../data/dataset.ts";

export interface ArcProps {
  id: string;
  ms: string;
  partner: string;
  framework: string;
  /** The framework's colour, resolved once per dataset so the layer needs no per-vocabulary expression. */
  color: string;
  tentative: boolean;
  /** A Member State that takes part without signing: drawn dotted. */
  participation: boolean;
  /** How many links the arc stands for: 1, or more when a large dataset is drawn by groups. */
  count: number;
}

/**
 * Up to this many shown links, each is its own arc (every instrument visible and hoverable, bowed
 * apart). Beyond, links sharing Member State, partner, framework and line style are one arc whose
 * width grows with their number: 100,000 arcs would freeze the page and read as a smear anyway.
 */
export const ARCS_PER_LINK_UP_TO = 2000;

const SEGMENTS = 48;
/** Sideways bow between parallel arcs, as a share of the arc's length. */
const BOW = 0.09;

export function arcCoordinates(from: Position, to: Position, bow: number): Position[] {
  // GeoJSON positions are [lon, lat, …]: both always there.
  const [x0 = 0, y0 = 0] = from;
  const [x1 = 0, y1 = 0] = to;
  const interpolate = geoInterpolate([x0, y0], [x1, y1]);
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length = Math.hypot(dx, dy) || 1;
  // Unit normal of the chord in lon/lat space: the bow is a planar nudge, fine at these scales.
  const nx = -dy / length;
  const ny = dx / length;
  const points: Position[] = [];
  for (let i = 0; i <= SEGMENTS; i++) {
    const t = i / SEGMENTS;
    const [lon, lat] = interpolate(t);
    const offset = bow * length * Math.sin(Math.PI * t);
    points.push([lon + nx * offset, lat + ny * offset]);
  }
  return points;
}

/** Bow of each link: 0 for a lone link, spread symmetrically for parallel ones. */
export function bowsByLink(links: readonly Link[]): Map<string, number> {
  const byPair = new Map<string, Link[]>();
  for (const l of links) {
    const key = `${l.member_state}>${l.partner}`;
    const group = byPair.get(key);
    if (group) group.push(l);
    else byPair.set(key, [l]);
  }
  const bows = new Map<string, number>();
  for (const group of byPair.values()) {
    const sorted = [...group].sort((a, b) => a.id.localeCompare(b.id));
    sorted.forEach((l, i) => bows.set(l.id, (i - (sorted.length - 1) / 2) * BOW));
  }
  return bows;
}

export interface ArcStyle {
  colorOf(framework: string): string;
  isTentative(status: string): boolean;
  isParticipation?(status: string): boolean;
}

export function buildArcs(
  links: readonly Link[],
  anchorOf: (id: string) => Position | undefined,
  style: ArcStyle,
): FeatureCollection<LineString, ArcProps> {
  if (links.length > ARCS_PER_LINK_UP_TO) return buildGroupedArcs(links, anchorOf, style);
  const bows = bowsByLink(links);
  const features: Feature<LineString, ArcProps>[] = [];
  for (const l of links) {
    const from = anchorOf(l.member_state);
    const to = anchorOf(l.partner);
    if (!from || !to) continue;
    features.push({
      type: "Feature",
      properties: {
        id: l.id,
        ms: l.member_state,
        partner: l.partner,
        framework: l.framework,
        color: style.colorOf(l.framework),
        tentative: style.isTentative(l.status),
        participation: style.isParticipation?.(l.status) ?? false,
        count: 1,
      },
      geometry: { type: "LineString", coordinates: arcCoordinates(from, to, bows.get(l.id) ?? 0) },
    });
  }
  return { type: "FeatureCollection", features };
}

/** One arc per Member State, partner, framework and line style, carrying how many links it stands for. */
export function buildGroupedArcs(
  links: readonly Link[],
  anchorOf: (id: string) => Position | undefined,
  style: ArcStyle,
): FeatureCollection<LineString, ArcProps> {
  const groups = new Map<string, { first: Link; tentative: boolean; participation: boolean; count: number }>();
  for (const l of links) {
    const tentative = style.isTentative(l.status);
    const participation = style.isParticipation?.(l.status) ?? false;
    const key = `${l.member_state}>${l.partner}>${l.framework}>${tentative}>${participation}`;
    const g = groups.get(key);
    if (g) g.count += 1;
    else groups.set(key, { first: l, tentative, participation, count: 1 });
  }
  const reps = [...groups.values()];
  // Bow the groups of a pair apart as single links are, keyed by their first link.
  const bows = bowsByLink(reps.map((g) => g.first));
  const features: Feature<LineString, ArcProps>[] = [];
  for (const { first: l, tentative, participation, count } of reps) {
    const from = anchorOf(l.member_state);
    const to = anchorOf(l.partner);
    if (!from || !to) continue;
    features.push({
      type: "Feature",
      properties: {
        id: l.id,
        ms: l.member_state,
        partner: l.partner,
        framework: l.framework,
        color: style.colorOf(l.framework),
        tentative,
        participation,
        count,
      },
      geometry: { type: "LineString", coordinates: arcCoordinates(from, to, bows.get(l.id) ?? 0) },
    });
  }
  return { type: "FeatureCollection", features };
}
