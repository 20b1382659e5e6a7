/**
 * Great-circle arcs from a Member State to a partner. Several flows between the same pair bow
 * apart symmetrically so that no arc hides under another (src/geo/flows.ts draws them).
 */
import { geoInterpolate } from "d3-geo";
import type { Position } from "geojson";
import type { Link } from "../data/dataset.ts";

/**
 * Segments per arc: 24 keep a great circle smooth at the zooms used, and every vertex counts, since
 * each frame draws every flow's vertices (src/map/FlowLayer.ts).
 */
export const ARC_SEGMENTS = 24;
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
  for (let i = 0; i <= ARC_SEGMENTS; i++) {
    const t = i / ARC_SEGMENTS;
    const [lon, lat] = interpolate(t);
    const offset = bow * length * Math.sin(Math.PI * t);
    points.push([lon + nx * offset, lat + ny * offset]);
  }
  return points;
}

/** Bow of each link (or flow, by its first link): 0 when alone, spread symmetrically for parallel ones. */
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
