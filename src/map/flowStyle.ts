/**
 * What the flow layer (FlowLayer.ts) reads per flow and per frame, worked out in plain JS: an RGBA
 * texel per flow (width factor and emphasis) and the line widths at a zoom. A filter, selection or
 * palette change rewrites these few bytes and nothing else. Pure: no React, no map library, so the
 * numbers are unit-tested.
 */
import type { Flows } from "../geo/flows.ts";

/**
 * A flow's width factor from the links it shows (as flowmap.gl scales): 1 link ×1 (the width of a
 * single link), 4 ×2, 16 or more ×4, so a busy pair never covers a region.
 */
export const flowWidthFactor = (links: number): number => Math.min(4, Math.sqrt(Math.max(0, links)));

/** Texels per row of the state texture, one per flow. */
export const FLOW_TEXTURE_WIDTH = 2048;
/** Emphasis codes: no selection, touches the selection, faded by a selection. */
export const EMPHASIS = { none: 0, selected: 1, faded: 2 } as const;
/** Opacity by emphasis code: as the map has always drawn them. */
export const FLOW_OPACITY = [0.9, 1, 0.12] as const;

/** Rows of the state texture for `flows` flows (at least one, so the texture always exists). */
export const textureRows = (flows: number): number => Math.max(1, Math.ceil(flows / FLOW_TEXTURE_WIDTH));

/**
 * A texel per flow: [width factor / 4 × 255, emphasis, 0, 0]. A flow with no shown link has factor
 * 0, which the layer does not draw. Colour and line style are in the flow's vertices (flowMesh).
 */
export function flowTexels(flows: Flows, counts: Uint32Array, selected: string | null): Uint8Array {
  const features = flows.lines.features;
  const out = new Uint8Array(textureRows(features.length) * FLOW_TEXTURE_WIDTH * 4);
  features.forEach((f, i) => {
    const p = f.properties;
    out[i * 4] = Math.round((flowWidthFactor(counts[i] ?? 0) / 4) * 255);
    out[i * 4 + 1] = !selected
      ? EMPHASIS.none
      : p.ms === selected || p.partner === selected
        ? EMPHASIS.selected
        : EMPHASIS.faded;
  });
  return out;
}

/** [zoom, plain, selected, faded] width stops of a one-link line; between them linear, outside held. */
export const WIDTH_STOPS = [
  [1, 1.6, 2.4, 1.2],
  [4, 2.6, 3.66, 1.68],
  [6, 3.4, 4.5, 2],
] as const;

/** A one-link line's width in CSS pixels at `zoom`, by emphasis code, times the palette's `scale`. */
export function flowWidths(zoom: number, scale: number): [number, number, number] {
  const first = WIDTH_STOPS[0];
  const last = WIDTH_STOPS[WIDTH_STOPS.length - 1] ?? first;
  let lo: readonly number[] = first;
  let hi: readonly number[] = first;
  if (zoom >= last[0]) lo = hi = last;
  else
    for (let i = 1; i < WIDTH_STOPS.length; i++) {
      const stop = WIDTH_STOPS[i] ?? last;
      if (zoom < stop[0]) {
        lo = WIDTH_STOPS[i - 1] ?? first;
        hi = stop;
        break;
      }
    }
  const z0 = lo[0] ?? 0;
  const z1 = hi[0] ?? 0;
  const t = z1 > z0 ? Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0))) : 0;
  const at = (k: number) => ((lo[k] ?? 0) + ((hi[k] ?? 0) - (lo[k] ?? 0)) * t) * scale;
  return [at(1), at(2), at(3)];
}
