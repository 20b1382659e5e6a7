/**
 * The legend model (src/legend/legendModel.ts) drawn on a canvas: the PNG's key, section by
 * section as the screen shows it. Long labels wrap rather than being squeezed by fillText.
 */
import type { LegendSection, Swatch } from "../legend/legendModel.ts";

export interface LegendPaint {
  paper: string;
  ink: string;
  font: string;
  /** Border of fill swatches, as the screen's swatches have. */
  swatchBorder?: string;
}

const PAD = 10;
const SWATCH_W = 34;
/** Side by side, a fill swatch needs less room before its label than a line sample does. */
const INLINE_LABEL = 28;

/** Words of `text` in lines no wider than `width` at the current font. */
function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && g.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

type Row = { y: number } & (
  | { kind: "title"; lines: string[] }
  | { kind: "text"; text: string }
  | { kind: "entry"; swatch: Swatch; lines: string[]; x: number; labelX: number }
);

/**
 * Lays out and draws the sections in a box `width` wide from (x, top); shrinks the type when the
 * box would be taller than `maxHeight`. Returns the box's height.
 */
export function drawLegend(
  g: CanvasRenderingContext2D,
  sections: readonly LegendSection[],
  x: number,
  top: number,
  width: number,
  maxHeight: number,
  p: LegendPaint,
): number {
  let size = 14;
  let rows: Row[] = [];
  let height = 0;
  // A dataset with many frameworks may not fit at 14px: step the type down to 11px before giving up.
  for (; size >= 11; size--) {
    ({ rows, height } = layout(g, sections, width, size, p.font));
    if (height <= maxHeight) break;
  }
  size = Math.max(size, 11);
  const line = Math.round(size * 1.36);
  g.save();
  g.textBaseline = "top";
  g.fillStyle = p.paper;
  g.globalAlpha = 0.93;
  g.fillRect(x, top, width, height);
  g.globalAlpha = 1;
  g.strokeStyle = p.ink;
  g.lineWidth = 0.5;
  g.strokeRect(x, top, width, height);
  for (const r of rows) {
    g.fillStyle = p.ink;
    if (r.kind === "title") {
      g.font = `700 ${size}px ${p.font}`;
      r.lines.forEach((text, i) => g.fillText(text, x + PAD, top + r.y + i * line, width - 2 * PAD));
    } else if (r.kind === "text") {
      g.font = `italic ${size}px ${p.font}`;
      g.fillText(r.text, x + PAD, top + r.y, width - 2 * PAD);
    } else {
      drawSwatch(g, r.swatch, x + PAD + r.x, top + r.y + (line - 14) / 2, p.swatchBorder ?? "#8a8a8a");
      g.fillStyle = p.ink;
      g.font = `${size}px ${p.font}`;
      r.lines.forEach((text, i) =>
        g.fillText(text, x + PAD + r.x + r.labelX, top + r.y + i * line, width - 2 * PAD - r.labelX - r.x),
      );
    }
  }
  g.restore();
  return height;
}

function layout(
  g: CanvasRenderingContext2D,
  sections: readonly LegendSection[],
  width: number,
  size: number,
  font: string,
): { rows: Row[]; height: number } {
  const line = Math.round(size * 1.36);
  const rows: Row[] = [];
  let y = PAD;
  for (const s of sections) {
    g.font = `700 ${size}px ${font}`;
    const title = wrap(g, s.title, width - 2 * PAD);
    rows.push({ kind: "title", lines: title, y });
    y += line * title.length;
    g.font = `${size}px ${font}`;
    if (s.entries.length === 0 && s.empty) {
      rows.push({ kind: "text", text: s.empty, y });
      y += line;
    } else if (s.inline) {
      // Short labels side by side, as the screen's partner steps.
      let x = 0;
      for (const e of s.entries) {
        const w = INLINE_LABEL + g.measureText(e.label).width + 10;
        if (x > 0 && x + w > width - 2 * PAD) {
          x = 0;
          y += line;
        }
        rows.push({ kind: "entry", swatch: e.swatch, lines: [e.label], x, labelX: INLINE_LABEL, y });
        x += w;
      }
      y += line;
    } else {
      for (const e of s.entries) {
        const lines = wrap(g, e.label, width - 2 * PAD - SWATCH_W);
        rows.push({ kind: "entry", swatch: e.swatch, lines, x: 0, labelX: SWATCH_W, y });
        y += line * Math.max(1, lines.length);
      }
    }
    y += 4;
  }
  return { rows, height: y + PAD - 4 };
}

function drawSwatch(g: CanvasRenderingContext2D, s: Swatch, x: number, y: number, border: string) {
  g.save();
  if (s.kind === "line") {
    g.strokeStyle = s.color;
    g.lineWidth = s.width ?? 3;
    g.lineCap = s.dash === "dotted" ? "round" : "butt";
    g.setLineDash(s.dash === "dashed" ? [5, 3] : s.dash === "dotted" ? [0.1, 6] : []);
    g.beginPath();
    g.moveTo(x, y + 7);
    g.lineTo(x + 26, y + 7);
    g.stroke();
  } else if (s.kind === "outline") {
    g.strokeStyle = s.color;
    g.lineWidth = 2.5;
    g.setLineDash([4, 2]);
    g.strokeRect(x + 5, y + 1, 16, 12);
  } else {
    g.fillStyle = s.color;
    g.fillRect(x + 4, y, 18, 14);
    g.strokeStyle = border;
    g.lineWidth = 1;
    g.strokeRect(x + 4, y, 18, 14);
    if (s.hatched) {
      g.beginPath();
      g.rect(x + 4, y, 18, 14);
      g.clip();
      g.beginPath();
      for (let k = -14; k < 18; k += 5) {
        g.moveTo(x + 4 + k, y + 14);
        g.lineTo(x + 4 + k + 14, y);
      }
      g.strokeStyle = "#9a9a9a";
      g.lineWidth = 1.5;
      g.stroke();
    }
  }
  g.restore();
}
