/**
 * Simplifies every arc of an unquantized topology, then gives back their full detail to the arcs
 * of any ring that simplification would shrink to a sliver (a small state with neighbours on all
 * sides, an island of a few points), so that every country stays drawn with its true footprint.
 */
import type { Position } from "geojson";
import type { Objects, Properties, Topology } from "topojson-specification";
import { simplifyArc } from "./simplifyArcs.ts";

/** A ring may lose this share of its area to simplification before its arcs are kept whole. */
const MAX_AREA_LOSS = 0.35;

type Arcs = Position[][];

function ringPoints(arcs: Arcs, ring: readonly number[]): Position[] {
  return ring.flatMap((i, k) => {
    const arc = i >= 0 ? (arcs[i] ?? []) : [...(arcs[~i] ?? [])].reverse();
    // Consecutive arcs share their junction: count it once.
    return k === 0 ? arc : arc.slice(1);
  });
}

function area(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const [xi = 0, yi = 0] = ring[i] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum) / 2;
}

/** The rings (as lists of arc indices) of every polygon in the topology's objects. */
export function ringsOf<T extends Objects<Properties>>(topology: Topology<T>): number[][] {
  const rings: number[][] = [];
  for (const object of Object.values(topology.objects)) {
    const geometries = object.type === "GeometryCollection" ? object.geometries : [object];
    for (const g of geometries) {
      if (g.type === "Polygon") rings.push(...g.arcs);
      else if (g.type === "MultiPolygon") rings.push(...g.arcs.flat());
    }
  }
  return rings;
}

export function simplifyTopology<T extends Objects<Properties>>(topology: Topology<T>, minArea: number): Topology<T> {
  if (topology.transform) throw new Error("simplifyTopology needs absolute coordinates: simplify before quantizing.");
  const original = topology.arcs as Arcs;
  const simplified = original.map((arc) => simplifyArc(arc, minArea));
  const rings = ringsOf(topology);
  const kept = new Set<number>();
  // Restoring one ring's arcs only adds points to its neighbours' rings, so a few passes settle.
  for (let pass = 0; pass < 5; pass++) {
    let restored = 0;
    for (const ring of rings) {
      const after = ringPoints(simplified, ring);
      const before = area(ringPoints(original, ring));
      if (after.length >= 4 && area(after) >= before * (1 - MAX_AREA_LOSS)) continue;
      for (const i of ring) {
        const index = i >= 0 ? i : ~i;
        if (kept.has(index)) continue;
        kept.add(index);
        simplified[index] = original[index] ?? [];
        restored++;
      }
    }
    if (restored === 0) break;
  }
  return { ...topology, arcs: simplified };
}
