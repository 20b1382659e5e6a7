/**
 * The places' dots and names, drawn by a WebGL layer of the atlas's own on top of the map.
 * MapLibre's circle and symbol layers laid them out again in its worker after each filter, and
 * placed the labels in a frame of their own; here a filter only changes two lists, each picture is
 * drawn once (PlaceAtlas.ts), and the labels' collision test (src/geo/labelPlacement.ts) runs on
 * the main thread in the frame itself. Both are in the map's canvas, so the PNG, deck and print
 * pictures have them as the screen does.
 */
import type { CustomLayerInterface, Map as MapLibreMap, PointLike } from "maplibre-gl";
import type { FeatureCollection, Point } from "geojson";
import type { DotProps, LabelProps } from "../geo/pointFeatures.ts";
import { placeLabels, type Anchor } from "../geo/labelPlacement.ts";
import { PlaceAtlas, dotRadius, type Picture, type PlaceStyle } from "./PlaceAtlas.ts";
import { linkProgram, nearestTexture } from "./glProgram.ts";
import { PICTURE_FRAGMENT_SHADER, PICTURE_VERTEX_SHADER } from "./placeShaders.ts";

/** Gap between a place's point and its label, in ems (MapLibre's text-radial-offset as it was). */
const OFFSET_EMS = 0.6;

interface Gpu {
  gl: WebGL2RenderingContext;
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  texture: WebGLTexture;
  viewport: WebGLUniformLocation | null;
}

function setUp(gl: WebGL2RenderingContext): Gpu {
  const program = linkProgram(gl, PICTURE_VERTEX_SHADER, PICTURE_FRAGMENT_SHADER, "place layer");
  const vao = gl.createVertexArray();
  const buffer = gl.createBuffer();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  // Per vertex: its screen position, then its atlas position, both in device pixels.
  for (const [name, offset] of [
    ["a_pos", 0],
    ["a_uv", 8],
  ] as const) {
    const at = gl.getAttribLocation(program, name);
    gl.enableVertexAttribArray(at);
    gl.vertexAttribPointer(at, 2, gl.FLOAT, false, 16, offset);
  }
  gl.bindVertexArray(null);
  // Pictures are copied pixel for pixel: nearest keeps them as sharp as drawn.
  const texture = nearestTexture(gl);
  return { gl, program, vao, buffer, texture, viewport: gl.getUniformLocation(program, "u_viewport") };
}

/** A label as drawn in the last frame, its box in CSS pixels from the map's top-left corner. */
export interface DrawnLabel {
  id: string;
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

type Points<P> = FeatureCollection<Point, P>;
const none = <P>(): Points<P> => ({ type: "FeatureCollection", features: [] });
const lngLat = (f: { geometry: Point }) => f.geometry.coordinates as [number, number];

export class PlaceLayer implements CustomLayerInterface {
  readonly type = "custom";
  readonly renderingMode = "2d";
  private map: MapLibreMap | null = null;
  private gpu: Gpu | null = null;
  /** The lists as last set, and the labels the last frame drew: read by the browser tests too. */
  dots = none<DotProps>();
  labels = none<LabelProps>();
  drawn: DrawnLabel[] = [];
  private style: PlaceStyle = { text: "#000", halo: "#fff", outline: "#000", size: 16 };
  private atlas: PlaceAtlas | null = null;
  /** The lists that did not all fit in the largest atlas: not tried again until they change. */
  private overflow: { dots: Points<DotProps>; labels: Points<LabelProps> } | null = null;
  /** Each label's side in the last frame, by place id. */
  private sides = new Map<string, Anchor>();
  private failed = false;

  constructor(readonly id: string) {}

  /** The places' dots and labels; a repaint when either list is new. */
  setPlaces(dots: Points<DotProps>, labels: Points<LabelProps>) {
    if (dots === this.dots && labels === this.labels) return;
    this.dots = dots;
    this.labels = labels;
    this.map?.triggerRepaint();
  }

  setStyle(style: PlaceStyle) {
    const s = this.style;
    if (style.text === s.text && style.halo === s.halo && style.outline === s.outline && style.size === s.size) return;
    this.style = style;
    this.map?.triggerRepaint();
  }

  /** The place whose dot is at `point` (CSS pixels in the map), the topmost where dots overlap. */
  dotAt(point: PointLike): string | null {
    const map = this.map;
    if (!map) return null;
    const [x, y] = Array.isArray(point) ? point : [point.x, point.y];
    const hit = this.dots.features.findLast((f) => {
      const at = map.project(lngLat(f));
      // The ring and a pixel beyond, as MapLibre's circle query did.
      return Math.hypot(at.x - x, at.y - y) <= dotRadius(f.properties.kind) + 2.5;
    });
    return hit ? hit.properties.id : null;
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext) {
    this.map = map;
    // Set up now, outside MapLibre's frame: the shaders' status query then waits for less drawing.
    this.ready(gl);
  }

  onRemove() {
    this.release();
    this.map = null;
  }

  /** Frees the GPU's copies (also for a style MapLibre rebuilt without custom layers, syncMap.ts forgetSync). */
  release() {
    const gpu = this.gpu;
    if (gpu) {
      gpu.gl.deleteProgram(gpu.program);
      gpu.gl.deleteVertexArray(gpu.vao);
      gpu.gl.deleteBuffer(gpu.buffer);
      gpu.gl.deleteTexture(gpu.texture);
    }
    this.gpu = null;
    this.atlas = null;
  }

  /** The GPU's copies for `gl`, set up if they are not; null where they cannot be (yet). */
  private ready(gl: WebGL2RenderingContext): Gpu | null {
    if (this.failed) return null;
    if (this.gpu?.gl === gl) return this.gpu;
    try {
      this.gpu = setUp(gl);
    } catch (e) {
      if (gl.isContextLost()) return null;
      // The map still reads without them: the details and the table name every place.
      this.failed = true;
      console.error(e);
      return null;
    }
    this.atlas = null;
    return this.gpu;
  }

  render(gl: WebGL2RenderingContext) {
    const map = this.map;
    const gpu = map ? this.ready(gl) : null;
    if (!map || !gpu) return;
    // The ratio drawn at, as the flow layer's: MapLibre may lower the one asked for. Rounded, so
    // that at a fractional ratio a resize (whose buffer width is rounded) does not redraw the atlas.
    const css = map.getCanvas().clientWidth;
    const ratio = Math.round((css > 0 ? gl.drawingBufferWidth / css : map.getPixelRatio()) * 32) / 32;
    const quads = this.quads(map, gl, ratio);
    const { atlas } = this;
    if (!atlas || quads.length === 0) return;
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, gpu.texture);
    if (atlas.dirty) {
      const canvas = atlas.canvas();
      if (!canvas) return;
      gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, canvas);
      atlas.dirty = false;
    }
    gl.useProgram(gpu.program);
    gl.bindVertexArray(gpu.vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, gpu.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, quads, gl.DYNAMIC_DRAW);
    gl.uniform2f(gpu.viewport, gl.drawingBufferWidth, gl.drawingBufferHeight);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.drawArrays(gl.TRIANGLES, 0, quads.length / 4);
    gl.bindVertexArray(null);
  }

  /** The frame's quads: the dots, then the labels placed over them; a new atlas for a new style or ratio, or a full one. */
  private quads(map: MapLibreMap, gl: WebGL2RenderingContext, ratio: number): Float32Array {
    const style = this.style;
    const pictures = this.picturesIn(gl, ratio);
    const dots = this.dots.features;
    const labels = this.labels.features;
    const candidates = labels.map((f, i) => {
      const { selected, rank } = f.properties;
      const at = map.project(lngLat(f));
      const picture = pictures[dots.length + i];
      return {
        x: at.x,
        y: at.y,
        // A label with no picture (past the texture limit) takes no room and is not drawn.
        width: picture?.cssWidth ?? Infinity,
        height: picture?.cssHeight ?? Infinity,
        offset: OFFSET_EMS * (selected ? style.size + 3 : style.size),
        // The selected place's label first, then places with more links.
        priority: selected ? -Infinity : rank,
      };
    });
    // A label keeps its side from frame to frame while it fits there: no flicker while panning.
    const sides = this.sides;
    const placed = placeLabels(
      candidates,
      { width: gl.drawingBufferWidth / ratio, height: gl.drawingBufferHeight / ratio },
      2,
      (i) => sides.get(labels[i]!.properties.id),
    );
    this.sides = new Map(placed.map((p) => [labels[p.index]!.properties.id, p.anchor]));
    const out = new Float32Array((dots.length + placed.length) * 24);
    let n = 0;
    const quad = (p: Picture | null | undefined, left: number, top: number) => {
      if (!p) return;
      // Whole device pixels, so each texel lands on one pixel.
      const [x0, y0] = [Math.round(left * ratio), Math.round(top * ratio)];
      const [x1, y1, u0, v0, u1, v1] = [x0 + p.width, y0 + p.height, p.x, p.y, p.x + p.width, p.y + p.height];
      out.set(
        [x0, y0, u0, v0, x1, y0, u1, v0, x0, y1, u0, v1, x0, y1, u0, v1, x1, y0, u1, v0, x1, y1, u1, v1],
        n++ * 24,
      );
    };
    dots.forEach((f, i) => {
      const p = pictures[i];
      const at = map.project(lngLat(f));
      if (p) quad(p, at.x - p.cssWidth / 2, at.y - p.cssHeight / 2);
    });
    this.drawn = placed.map(({ index, anchor, left, top }) => {
      const { id, name, selected } = labels[index]!.properties;
      const { width, height } = candidates[index]!;
      // Beside its point, a name of several lines lines up on the point's side; where the atlas has
      // no room for that picture, the centred one.
      const centred = pictures[dots.length + index];
      const align = anchor === "left" ? "left" : anchor === "right" ? "right" : null;
      const size = selected ? style.size + 3 : style.size;
      const aligned = align && centred && centred.cssHeight > 2 * size ? this.atlas?.label(name, size, align) : null;
      quad(aligned ?? centred, left, top);
      return { id, name, left, top, width, height };
    });
    return out.subarray(0, n * 24);
  }

  /**
   * Every dot's and label's picture, in the atlas of this style and ratio, which takes them as
   * they come up to the texture limit (PlaceAtlas.canvas). Where one has no room (pictures of
   * places no longer shown fill it), a new atlas with only the current ones; past the limit the
   * rest are not drawn, and nothing is tried again until the lists change.
   */
  private picturesIn(gl: WebGL2RenderingContext, ratio: number): (Picture | null)[] {
    const { style, atlas: last } = this;
    if (last?.style === style && last.ratio === ratio) {
      const pictures = this.pictures(last);
      const tried = this.overflow?.dots === this.dots && this.overflow.labels === this.labels;
      if (!pictures.includes(null) || tried) return pictures;
    }
    // Safari refuses a canvas over about 16.7 million pixels: 4,096 rows of at most 3,072.
    const max = Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, 4096);
    this.atlas = new PlaceAtlas(style, ratio, Math.min(max, 1024 * Math.ceil(ratio)), max);
    const pictures = this.pictures(this.atlas);
    this.overflow = pictures.includes(null) ? { dots: this.dots, labels: this.labels } : null;
    return pictures;
  }

  private pictures(atlas: PlaceAtlas): (Picture | null)[] {
    const { size } = this.style;
    return [
      ...this.dots.features.map((f) => atlas.dot(f.properties)),
      ...this.labels.features.map((f) => atlas.label(f.properties.name, f.properties.selected ? size + 3 : size)),
    ];
  }
}

// The hatching of who did not answer comes with the places, in the chunk the map asks for as it is made.
export { HatchLayer } from "./HatchLayer.ts";
