/**
 * Which labels the map shows, and on which side of their point: the atlas's own collision test,
 * run on the main thread in each frame (src/map/PlaceLayer.ts), so a filter sends nothing to
 * MapLibre's worker. Pure, so it is unit-tested.
 */

/** The side of the text at the point, as MapLibre's text-anchor: "top" puts the text below it. */
export type Anchor = "top" | "bottom" | "left" | "right";

/** The order sides are tried in (MapLibre's text-variable-anchor as the atlas had it). */
export const ANCHORS: readonly Anchor[] = ["top", "bottom", "left", "right"];

export interface LabelCandidate {
  /** The point, in screen pixels. */
  x: number;
  y: number;
  /** The text's box, halo included, in screen pixels. */
  width: number;
  height: number;
  /** Gap between the point and the text's near side. */
  offset: number;
  /** Lower is placed first: it wins where labels would overlap. */
  priority: number;
}

export interface PlacedLabel {
  /** Index into the candidates. */
  index: number;
  anchor: Anchor;
  /** The box's top-left corner, in screen pixels. */
  left: number;
  top: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box of `c` with `anchor`, top-left corner first. */
export function boxAt(c: LabelCandidate, anchor: Anchor): { left: number; top: number } {
  switch (anchor) {
    case "top":
      return { left: c.x - c.width / 2, top: c.y + c.offset };
    case "bottom":
      return { left: c.x - c.width / 2, top: c.y - c.offset - c.height };
    case "left":
      return { left: c.x + c.offset, top: c.y - c.height / 2 };
    case "right":
      return { left: c.x - c.offset - c.width, top: c.y - c.height / 2 };
  }
}

/**
 * Greedy placement by priority: each label takes the first side whose box lies wholly in the
 * viewport and clear (by `padding`) of every label placed before it; a label with no such side,
 * or whose point is off screen, is not shown. Ties keep the candidates' order, so the result is
 * the same for the same input. `previous` names a label's side in the last frame, tried first, so
 * that a label does not jump from side to side while the map pans.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  padding = 2,
  previous: (index: number) => Anchor | undefined = () => undefined,
): PlacedLabel[] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.priority - candidates[b]!.priority || a - b);
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const index of order) {
    const c = candidates[index]!;
    if (!(c.x >= 0 && c.y >= 0 && c.x <= viewport.width && c.y <= viewport.height)) continue;
    const last = previous(index);
    for (const anchor of last ? [last, ...ANCHORS.filter((a) => a !== last)] : ANCHORS) {
      const { left, top } = boxAt(c, anchor);
      const box = { x0: left, y0: top, x1: left + c.width, y1: top + c.height };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > viewport.width || box.y1 > viewport.height) continue;
      const clear = taken.every(
        (t) =>
          box.x1 + padding <= t.x0 || t.x1 + padding <= box.x0 || box.y1 + padding <= t.y0 || t.y1 + padding <= box.y0,
      );
      if (!clear) continue;
      taken.push(box);
      placed.push({ index, anchor, left, top });
      break;
    }
  }
  return placed;
}
