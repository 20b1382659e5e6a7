import { downloadBlob } from "./downloadBlob.ts";
import type { LegendSection } from "../legend/legendModel.ts";
import { drawLegend } from "./drawLegend.ts";
import { withPngText } from "./pngText.ts";

export interface PngContent {
  title: string;
  filters: string[];
  /** The legend model of the view, as the screen draws it. */
  legend: readonly LegendSection[];
  stamp: string;
  /** Background and text colours of the frame. */
  paper: string;
  ink: string;
  font: string;
}

const HEADER = 64;
const FOOTER = 28;
const LEGEND_WIDTH = 270;

/**
 * Draws the map with its title, active filters, legend and source into one image, so a picture
 * pasted into slides still says what it shows and where it comes from. The output is `scale` times
 * the CSS size; the map canvas is drawn into the space between header and footer.
 */
export function composePng(
  map: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
  scale: number,
  c: PngContent,
): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(cssWidth * scale);
  canvas.height = Math.round(cssHeight * scale);
  const g = canvas.getContext("2d");
  if (!g) throw new Error("Canvas 2D is not available");
  g.scale(scale, scale);
  g.fillStyle = c.paper;
  g.fillRect(0, 0, cssWidth, cssHeight);

  // The map keeps its on-screen size and sharpness (never upscaled, at most shrunk to make room).
  const band = cssHeight - HEADER - FOOTER;
  const mapCssW = map.width / scale;
  const mapCssH = map.height / scale;
  // Beside the map whenever that costs the map at most a quarter of its width: a legend laid over
  // the map hides the countries under it.
  const legendBeside = cssWidth - LEGEND_WIDTH - 24 >= 0.75 * mapCssW;
  const room = legendBeside ? cssWidth - LEGEND_WIDTH - 24 : cssWidth;
  const fit = Math.min(1, room / (mapCssW || 1), band / (mapCssH || 1));
  const w = mapCssW * fit;
  const h = mapCssH * fit;
  const mapX = legendBeside ? 0 : (cssWidth - w) / 2;
  g.drawImage(map, mapX, HEADER + (band - h) / 2, w, h);
  const legendX = legendBeside ? mapX + w + 12 : cssWidth - LEGEND_WIDTH - 12;

  g.fillStyle = c.ink;
  g.textBaseline = "top";
  g.font = `700 20px ${c.font}`;
  g.fillText(c.title, 16, 10, cssWidth - 32);
  g.font = `15px ${c.font}`;
  g.fillText(c.filters.join(" · "), 16, 38, cssWidth - 32);
  g.font = `14px ${c.font}`;
  g.fillText(c.stamp, 16, cssHeight - FOOTER + 7, cssWidth - 32);

  drawLegend(g, c.legend, legendX, HEADER + 10, LEGEND_WIDTH, band - 20, { paper: c.paper, ink: c.ink, font: c.font });
  return canvas;
}

/** Saves the canvas as PNG; `texts` go inside the file as iTXt chunks (e.g. "Description", its alternative text). */
export function downloadCanvas(
  canvas: HTMLCanvasElement,
  fileName: string,
  texts: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error("The image could not be encoded"));
      const entries = Object.entries(texts).filter(([, text]) => text !== "");
      if (entries.length === 0) {
        downloadBlob(blob, fileName);
        return resolve();
      }
      blob.arrayBuffer().then((bytes) => {
        const png = entries.reduce<Uint8Array>(
          (out, [keyword, text]) => withPngText(out, keyword, text),
          new Uint8Array(bytes),
        );
        downloadBlob(new Blob([png as Uint8Array<ArrayBuffer>], { type: "image/png" }), fileName);
        resolve();
      }, reject);
    }, "image/png");
  });
}
