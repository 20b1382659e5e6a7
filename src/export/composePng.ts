import { downloadBlob } from "./downloadBlob.ts";
import { withPngText } from "./pngText.ts";

/**
 * Draws the map with its title, active filters, legend and source into one image, so a picture
 * pasted into slides still says what it shows and where it comes from.
 */
export interface LegendEntry {
  kind: "line" | "dashed" | "dotted" | "fill" | "hatch";
  color: string;
  label: string;
}

export interface PngContent {
  title: string;
  filters: string[];
  legend: { heading: string; entries: LegendEntry[] }[];
  stamp: string;
  /** Background and text colours of the frame. */
  paper: string;
  ink: string;
  font: string;
}

const HEADER = 64;
const FOOTER = 28;
const LEGEND_WIDTH = 270;

/** The output is `scale` times the CSS size; the map canvas is drawn into the space between header and footer. */
export function composePng(map: HTMLCanvasElement, cssWidth: number, cssHeight: number, scale: number, c: PngContent): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(cssWidth * scale);
  canvas.height = Math.round(cssHeight * scale);
  const g = canvas.getContext("2d");
  if (!g) throw new Error("Canvas 2D is not available");
  g.scale(scale, scale);
  let legendX = 0;
  g.fillStyle = c.paper;
  g.fillRect(0, 0, cssWidth, cssHeight);

  // The map keeps its on-screen size and sharpness (never upscaled); the legend takes the spare
  // column beside it when there is room, so it covers no link.
  const band = cssHeight - HEADER - FOOTER;
  const mapCssW = map.width / scale;
  const mapCssH = map.height / scale;
  const legendBeside = cssWidth - mapCssW >= LEGEND_WIDTH + 24;
  const room = legendBeside ? cssWidth - LEGEND_WIDTH - 24 : cssWidth;
  const fit = Math.min(1, room / (mapCssW || 1), band / (mapCssH || 1));
  const w = mapCssW * fit;
  const h = mapCssH * fit;
  const mapX = legendBeside ? 0 : (cssWidth - w) / 2;
  g.drawImage(map, mapX, HEADER + (band - h) / 2, w, h);
  legendX = legendBeside ? mapX + w + 12 : cssWidth - LEGEND_WIDTH - 12;

  g.fillStyle = c.ink;
  g.textBaseline = "top";
  g.font = `700 20px ${c.font}`;
  g.fillText(c.title, 16, 10, cssWidth - 32);
  g.font = `15px ${c.font}`;
  g.fillText(c.filters.join(" · "), 16, 38, cssWidth - 32);
  g.font = `14px ${c.font}`;
  g.fillText(c.stamp, 16, cssHeight - FOOTER + 7, cssWidth - 32);

  drawLegend(g, c, legendX, HEADER);
  return canvas;
}

function drawLegend(g: CanvasRenderingContext2D, c: PngContent, x: number, top: number) {
  const lineHeight = 19;
  const rows = c.legend.reduce((n, group) => n + 1 + group.entries.length, 0);
  const width = LEGEND_WIDTH;
  const y = top + 10;
  g.fillStyle = c.paper;
  g.globalAlpha = 0.93;
  g.fillRect(x, y, width, rows * lineHeight + 14);
  g.globalAlpha = 1;
  g.strokeStyle = c.ink;
  g.lineWidth = 0.5;
  g.strokeRect(x, y, width, rows * lineHeight + 14);
  let row = y + 8;
  for (const group of c.legend) {
    g.fillStyle = c.ink;
    g.font = `700 14px ${c.font}`;
    g.fillText(group.heading, x + 10, row, width - 20);
    row += lineHeight;
    g.font = `14px ${c.font}`;
    for (const e of group.entries) {
      drawSwatch(g, e, x + 10, row + 2);
      g.fillStyle = c.ink;
      g.fillText(e.label, x + 44, row, width - 54);
      row += lineHeight;
    }
  }
}

function drawSwatch(g: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number) {
  if (e.kind === "line" || e.kind === "dashed" || e.kind === "dotted") {
    g.strokeStyle = e.color;
    g.lineWidth = 3;
    g.lineCap = e.kind === "dotted" ? "round" : "butt";
    g.setLineDash(e.kind === "dashed" ? [5, 3] : e.kind === "dotted" ? [0.1, 6] : []);
    g.beginPath();
    g.moveTo(x, y + 7);
    g.lineTo(x + 26, y + 7);
    g.stroke();
    g.setLineDash([]);
    return;
  }
  g.fillStyle = e.color;
  g.fillRect(x + 4, y, 18, 14);
  g.strokeStyle = "#8a8a8a";
  g.lineWidth = 1;
  g.strokeRect(x + 4, y, 18, 14);
  if (e.kind === "hatch") {
    g.beginPath();
    for (let k = -14; k < 18; k += 5) {
      g.moveTo(x + 4 + Math.max(0, k), y + Math.max(0, -k));
      g.lineTo(x + 4 + Math.min(18, k + 14), y + Math.min(14, 14 - k));
    }
    g.stroke();
  }
}

/** Saves the canvas as PNG; `description` goes inside the file as its alternative text. */
export function downloadCanvas(canvas: HTMLCanvasElement, fileName: string, description?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error("The image could not be encoded"));
      if (!description) {
        downloadBlob(blob, fileName);
        return resolve();
      }
      blob.arrayBuffer().then((bytes) => {
        downloadBlob(new Blob([withPngText(new Uint8Array(bytes), "Description", description) as Uint8Array<ArrayBuffer>], { type: "image/png" }), fileName);
        resolve();
      }, reject);
    }, "image/png");
  });
}
