/**
 * The pictures of the places' dots and names, each drawn once with the canvas's own shapes and
 * text (the system's Noto Sans where there is one) into one texture-sized canvas, packed in rows.
 * Drawn at the map's device pixel ratio and copied to the screen pixel for pixel, so text and
 * dots are as sharp as the page's own.
 */
import { wrapLabel } from "../geo/wrapLabel.ts";
import type { DotProps } from "../geo/pointFeatures.ts";

/** What the pictures look like: one atlas per style and pixel ratio. */
export interface PlaceStyle {
  text: string;
  halo: string;
  /** The selected place's dot ring. */
  outline: string;
  /** A label's size in CSS pixels; the selected place's is 3 more. */
  size: number;
}

/** A picture: where it is in the atlas (device pixels) and its size on screen (CSS pixels). */
export interface Picture {
  x: number;
  y: number;
  width: number;
  height: number;
  cssWidth: number;
  cssHeight: number;
}

const FONT_FAMILY = '"Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';
/** MapLibre's values as the atlas had them: halo width, line height and wrap width in ems. */
const HALO = 1.8;
const LINE_HEIGHT = 1.2;
const MAX_WIDTH_EMS = 8;

/** A dot's radius and ring in CSS pixels: regional processes larger, the selected place's ring bolder. */
export const dotRadius = (kind: DotProps["kind"]) => (kind === "region" ? 7 : 4.5);
const ringWidth = (selected: boolean) => (selected ? 2.5 : 1.2);

/** A context to measure text with before there is a canvas to draw in. */
let measuring: CanvasRenderingContext2D | null | undefined;
const measuringContext = () => (measuring ??= document.createElement("canvas").getContext("2d"));

export class PlaceAtlas {
  /**
   * Made, or made taller, when the texture is next filled (canvas()): a load measures and packs
   * every picture first, so the canvas is allocated once, not once per doubling.
   */
  private drawn: HTMLCanvasElement | null = null;
  /** Pictures packed but not yet drawn into the canvas. */
  private pending: ((ctx: CanvasRenderingContext2D) => void)[] = [];
  /** Set when pictures were added since the texture was last filled from the canvas. */
  dirty = true;
  private readonly pictures = new Map<string, Picture>();
  private x = 0;
  private y = 0;
  private rowHeight = 0;

  /** `width` and `maxHeight` in device pixels, within the context's texture size. */
  constructor(
    readonly style: PlaceStyle,
    readonly ratio: number,
    private readonly width: number,
    private readonly maxHeight: number,
  ) {}

  /**
   * The picture of label `name` at `size`, its lines aligned to `align` (a name of several lines
   * beside its point lines up on the point's side, as MapLibre's text-justify did); every
   * alignment's picture has the same size. Null when the atlas has no room left.
   */
  label(name: string, size: number, align: CanvasTextAlign = "center"): Picture | null {
    const r = this.ratio;
    return this.picture(`${size}\u0000${align}\u0000${name}`, (ctx) => {
      ctx.font = `${size * r}px ${FONT_FAMILY}`;
      const measure = (s: string) => ctx.measureText(s).width / r;
      const lines = wrapLabel(name, measure, MAX_WIDTH_EMS * size);
      const width = Math.max(...lines.map(measure)) + 2 * HALO;
      return [
        width,
        lines.length * LINE_HEIGHT * size + 2 * HALO,
        (c, at) => this.drawLabel(c, lines, at, size, align),
      ];
    });
  }

  /** The picture of a dot, centred in it; null when the atlas has no room left. */
  dot({ kind, fill, selected }: DotProps): Picture | null {
    const side = 2 * (dotRadius(kind) + ringWidth(selected)) + 2;
    return this.picture(`\u0001${kind}${fill}${selected}`, () => [
      side,
      side,
      (c, at) => this.drawDot(c, at, kind, fill, selected),
    ]);
  }

  /**
   * The canvas with every picture asked for drawn in it, as tall as they need; null where the
   * browser refuses a canvas (too large, 2D canvases off): the places are then drawn bare.
   */
  canvas(): HTMLCanvasElement | null {
    if (this.pending.length === 0) return this.drawn;
    const rows = this.y + this.rowHeight;
    let canvas = this.drawn;
    if (!canvas || canvas.height < rows) {
      // A little room to spare, so that a few more places do not make a new canvas at once.
      const taller = document.createElement("canvas");
      taller.width = this.width;
      taller.height = Math.min(this.maxHeight, Math.ceil((rows * 1.25) / 64) * 64);
      const ctx = this.context(taller);
      if (!ctx) return null;
      if (canvas) ctx.drawImage(canvas, 0, 0);
      canvas = this.drawn = taller;
    }
    const ctx = this.context(canvas);
    if (!ctx) return null;
    for (const draw of this.pending) draw(ctx);
    this.pending = [];
    return canvas;
  }

  /**
   * Drawn on the CPU (willReadFrequently): an accelerated canvas would queue each picture behind
   * the map's frames in the GPU process, which without a GPU is busy drawing them.
   */
  private context(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
    return canvas.getContext("2d", { willReadFrequently: true });
  }

  private picture(
    key: string,
    measure: (ctx: CanvasRenderingContext2D) => [number, number, (ctx: CanvasRenderingContext2D, at: Picture) => void],
  ): Picture | null {
    const known = this.pictures.get(key);
    if (known) return known;
    const measurer = measuringContext();
    if (!measurer) return null;
    const [cssWidth, cssHeight, draw] = measure(measurer);
    const width = Math.ceil(cssWidth * this.ratio);
    const height = Math.ceil(cssHeight * this.ratio);
    if (width > this.width) return null;
    if (this.x + width > this.width) {
      this.x = 0;
      this.y += this.rowHeight + 1;
      this.rowHeight = 0;
    }
    if (this.y + height > this.maxHeight) return null;
    const at = { x: this.x, y: this.y, width, height, cssWidth: width / this.ratio, cssHeight: height / this.ratio };
    this.pending.push((ctx: CanvasRenderingContext2D) => draw(ctx, at));
    this.x += width + 1;
    this.rowHeight = Math.max(this.rowHeight, height);
    this.pictures.set(key, at);
    this.dirty = true;
    return at;
  }

  private drawLabel(ctx: CanvasRenderingContext2D, lines: string[], at: Picture, size: number, align: CanvasTextAlign) {
    const r = this.ratio;
    ctx.font = `${size * r}px ${FONT_FAMILY}`;
    ctx.textAlign = align;
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 2 * HALO * r;
    ctx.strokeStyle = this.style.halo;
    ctx.fillStyle = this.style.text;
    const halo = HALO * r;
    const cx = align === "left" ? at.x + halo : align === "right" ? at.x + at.width - halo : at.x + at.width / 2;
    lines.forEach((line, i) => {
      const cy = at.y + (HALO + (i + 0.5) * LINE_HEIGHT * size) * r;
      ctx.strokeText(line, cx, cy);
      ctx.fillText(line, cx, cy);
    });
  }

  private drawDot(ctx: CanvasRenderingContext2D, at: Picture, kind: DotProps["kind"], fill: string, selected: boolean) {
    const r = this.ratio;
    ctx.beginPath();
    // The ring lies outside the radius, as MapLibre's circle stroke did.
    ctx.arc(at.x + at.width / 2, at.y + at.height / 2, (dotRadius(kind) + ringWidth(selected) / 2) * r, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = ringWidth(selected) * r;
    ctx.strokeStyle = selected ? this.style.outline : this.style.text;
    ctx.stroke();
  }
}
