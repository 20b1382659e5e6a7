/**
 * The flows as triangles for the map's own flow layer (src/map/FlowLayer.ts), built once per set of
 * flows: a filter never touches them. Each point of a flow gives two vertices, one each side of the
 * line, with the unit normal (mitred at the bends) that the shader scales by the line's half width:
 * the map never rotates or tilts, so a direction in Mercator is the same on screen. A vertex also
 * carries its distance along the flow (for dashes), its flow and its flow's colour and line style.
 * Pure: no React, no map library.
 */
import type { FlowProps, Flows } from "./flows.ts";

/**
 * Bytes per vertex: x, y, normal x, normal y, distance along the flow, ±(flow index + 1) (the sign
 * says the side) as float32, then red, green, blue and line style as bytes.
 */
export const FLOW_VERTEX_BYTES = 28;
/** Line style codes, as the fragment shader reads them. */
export const LINE_STYLE = { solid: 0, dashed: 1, dotted: 2 } as const;
/** A bend sharper than this keeps a mitre of at most twice the half width. */
const MAX_MITRE = 2;
const GREY = [0x8a, 0x8a, 0x8a] as const;

export interface FlowMesh {
  vertices: ArrayBuffer;
  /** Two triangles per segment, as vertex indices. */
  indices: Uint32Array;
}

/** Web Mercator x and y of a longitude and latitude, in MapLibre's 0…1 world (y down). */
export function mercator(lon: number, lat: number): [number, number] {
  // MapLibre's own limit: beyond it Mercator runs off to infinity.
  const clamped = Math.max(-85.051129, Math.min(85.051129, lat));
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) / (2 * Math.PI);
  return [(lon + 180) / 360, y];
}

export function rgb(hex: string): readonly [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) return GREY;
  const v = parseInt(m[1], 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

const lineStyle = (p: FlowProps): number =>
  p.participation ? LINE_STYLE.dotted : p.tentative ? LINE_STYLE.dashed : LINE_STYLE.solid;

/** Unit direction from a to b; (1, 0) for two equal points. */
function direction(ax: number, ay: number, bx: number, by: number): [number, number] {
  const length = Math.hypot(bx - ax, by - ay);
  return length > 0 ? [(bx - ax) / length, (by - ay) / length] : [1, 0];
}

export function flowMesh(flows: Flows): FlowMesh {
  const features = flows.lines.features;
  let points = 0;
  let segments = 0;
  for (const f of features) {
    const n = f.geometry.coordinates.length;
    points += n;
    segments += Math.max(0, n - 1);
  }
  const vertices = new ArrayBuffer(points * 2 * FLOW_VERTEX_BYTES);
  const floats = new Float32Array(vertices);
  const bytes = new Uint8Array(vertices);
  const indices = new Uint32Array(segments * 6);
  let v = 0;
  let ix = 0;
  features.forEach((f, index) => {
    const xy = f.geometry.coordinates.map(([lon = 0, lat = 0]) => mercator(lon, lat));
    const [r, g, b] = rgb(f.properties.color);
    const style = lineStyle(f.properties);
    let dist = 0;
    xy.forEach(([x, y], i) => {
      const [px, py] = xy[i - 1] ?? [x, y];
      const [nx, ny] = xy[i + 1] ?? [x, y];
      if (i > 0) dist += Math.hypot(x - px, y - py);
      const [inX, inY] = i > 0 ? direction(px, py, x, y) : direction(x, y, nx, ny);
      const [outX, outY] = i < xy.length - 1 ? direction(x, y, nx, ny) : [inX, inY];
      // The mitre: along the bisector of the two normals, long enough to keep the half width.
      const [tx, ty] = direction(0, 0, inX + outX, inY + outY);
      const cos = Math.max(1 / MAX_MITRE, tx * inX + ty * inY);
      for (const side of [1, -1]) {
        const o = v * (FLOW_VERTEX_BYTES / 4);
        floats[o] = x;
        floats[o + 1] = y;
        floats[o + 2] = (-ty / cos) * side;
        floats[o + 3] = (tx / cos) * side;
        floats[o + 4] = dist;
        floats[o + 5] = (index + 1) * side;
        bytes.set([r, g, b, style], o * 4 + 24);
        v++;
      }
      if (i > 0) {
        const a = v - 4;
        indices.set([a, a + 1, a + 2, a + 1, a + 3, a + 2], ix);
        ix += 6;
      }
    });
  });
  return { vertices, indices };
}
