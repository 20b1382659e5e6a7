/**
 * Visvalingam–Whyatt simplification of a topology's arcs (absolute, unquantized coordinates).
 * Arcs are simplified one by one with their end points kept, so borders shared by two countries
 * stay shared and no gap opens between neighbours. Areas are measured in Web Mercator (in
 * degrees of longitude), so a threshold means the same size on screen at every latitude.
 */
import type { Position } from "geojson";

const RAD = Math.PI / 180;

/** Mercator y in degrees, clamped short of the poles where it diverges. */
function mercatorY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)) / RAD;
}

/**
 * Points on the frame of the map: the antimeridian cut and Antarctica's edge along the pole. They
 * stay, or an edge would jump from -180° to 180° (Mercator flattens the pole's edge to no area).
 */
function onFrame(p: Position): boolean {
  return Math.abs(p[0] ?? 0) >= 179.999 || Math.abs(p[1] ?? 0) >= 85;
}

/**
 * Each point's effective area: the area of the triangle it forms with its neighbours when it is
 * removed, never less than that of a point removed before it (so weights are monotonic). End
 * points and points on the frame weigh Infinity.
 */
export function visvalingamWeights(arc: readonly Position[]): number[] {
  const n = arc.length;
  const xs = arc.map((p) => p[0] ?? 0);
  const ys = arc.map((p) => mercatorY(p[1] ?? 0));
  const prev = Array.from({ length: n }, (_, i) => i - 1);
  const next = Array.from({ length: n }, (_, i) => i + 1);
  const weights = new Array<number>(n).fill(Infinity);
  const area = (i: number): number => {
    const a = prev[i] ?? 0;
    const c = next[i] ?? 0;
    const [ax, ay, bx, by, cx, cy] = [xs[a] ?? 0, ys[a] ?? 0, xs[i] ?? 0, ys[i] ?? 0, xs[c] ?? 0, ys[c] ?? 0];
    return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
  };
  // A binary min-heap of [area, index, version]: stale entries (older version) are skipped.
  const version = new Array<number>(n).fill(0);
  const heap: [number, number, number][] = [];
  const push = (e: [number, number, number]) => {
    heap.push(e);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent]?.[0] ?? 0) <= e[0]) break;
      heap[i] = heap[parent] as [number, number, number];
      i = parent;
    }
    heap[i] = e;
  };
  const pop = (): [number, number, number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (!top || !last || heap.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      const mv = () => (m === i ? last[0] : (heap[m]?.[0] ?? Infinity));
      if (l < heap.length && (heap[l]?.[0] ?? Infinity) < mv()) m = l;
      if (r < heap.length && (heap[r]?.[0] ?? Infinity) < mv()) m = r;
      if (m === i) break;
      heap[i] = heap[m] as [number, number, number];
      i = m;
    }
    heap[i] = last;
    return top;
  };
  const movable = (i: number) => i > 0 && i < n - 1 && !onFrame(arc[i] ?? []);
  for (let i = 1; i < n - 1; i++) if (movable(i)) push([area(i), i, 0]);
  let floor = 0;
  for (let e = pop(); e; e = pop()) {
    const [a, i, v] = e;
    if (v !== version[i]) continue;
    floor = Math.max(floor, a);
    weights[i] = floor;
    const p = prev[i] ?? 0;
    const q = next[i] ?? 0;
    next[p] = q;
    prev[q] = p;
    for (const j of [p, q]) {
      if (!movable(j)) continue;
      version[j] = (version[j] ?? 0) + 1;
      push([area(j), j, version[j] ?? 0]);
    }
  }
  return weights;
}

/**
 * The arc without the points whose effective area is below `minArea` (square Mercator degrees).
 * A closed arc (a ring on its own, e.g. an island) keeps at least four points, so it stays a ring.
 */
export function simplifyArc(arc: readonly Position[], minArea: number): Position[] {
  if (arc.length <= 4) return [...arc];
  const weights = visvalingamWeights(arc);
  const first = arc[0] ?? [];
  const last = arc[arc.length - 1] ?? [];
  const closed = first[0] === last[0] && first[1] === last[1];
  // The two heaviest inner points: the triangle a closed ring shrinks to at most.
  const keepAnyway = new Set(
    closed
      ? weights
          .map((w, i) => [w, i] as const)
          .slice(1, -1)
          .sort((a, b) => b[0] - a[0])
          .slice(0, 2)
          .map(([, i]) => i)
      : [],
  );
  return arc.filter((_, i) => (weights[i] ?? Infinity) >= minArea || keepAnyway.has(i));
}
