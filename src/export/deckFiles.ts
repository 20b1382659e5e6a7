/**
 * A deck as files that leave the browser: PowerPoint (pptxgenjs) and PDF (jsPDF, with Noto Sans
 * embedded so every name prints and the text stays selectable). Both libraries and the font load
 * only when a deck is downloaded.
 */
import type { DeckContent } from "../present/deckContent.ts";
import type { LegendSection, Swatch } from "../legend/legendModel.ts";
import regularUrl from "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url";
import boldUrl from "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url";

export interface DeckLabels {
  /** "Legend" etc., in the UI language. */
  legend: string;
  slideOf(n: number, total: number): string;
}

const LANG: Record<string, string> = { en: "en-GB", fr: "fr-FR", de: "de-DE" };

export async function writePptx(content: DeckContent, images: string[], labels: DeckLabels): Promise<Blob> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_16x9";
  pptx.title = content.title;
  pptx.subject = content.subtitle;
  pptx.company = "Partnership Atlas";
  const lang = LANG[content.language] ?? "en-GB";
  const text = { fontFace: "Arial", color: "1C1C1C", lang };

  const cover = pptx.addSlide();
  cover.addText(content.title, { ...text, x: 0.6, y: 1.6, w: 8.8, h: 1.2, fontSize: 36, bold: true });
  cover.addText(content.subtitle, { ...text, x: 0.6, y: 2.8, w: 8.8, h: 0.8, fontSize: 18, color: "4A4A4A" });
  cover.addText(content.source, { ...text, x: 0.6, y: 4.7, w: 8.8, h: 0.6, fontSize: 10, color: "4A4A4A" });

  content.slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    slide.addText(s.title, { ...text, x: 0.3, y: 0.15, w: 9.4, h: 0.7, fontSize: 24, bold: true, fit: "shrink" });
    const image = images[i];
    if (image) slide.addImage({ data: image, x: 0.3, y: 0.9, w: 7.0, h: 3.94 });
    slide.addText([{ text: labels.legend, options: { bold: true, breakLine: true } }, ...legendRuns(s.legend)], {
      ...text,
      x: 7.45,
      y: 0.9,
      w: 2.3,
      h: 3.94,
      fontSize: 9,
      valign: "top",
      fit: "shrink",
    });
    slide.addText(`${content.source} · ${labels.slideOf(i + 1, content.slides.length)}`, {
      ...text,
      x: 0.3,
      y: 5.0,
      w: 9.4,
      h: 0.45,
      fontSize: 9,
      color: "4A4A4A",
    });
    if (s.note) slide.addNotes(s.note);
  });
  return (await pptx.write({ outputType: "blob" })) as Blob;
}

/** A swatch as characters in its colour: PowerPoint text cannot hold a drawing. */
const marker = (w: Swatch) =>
  w.kind === "fill"
    ? w.hatched
      ? "▨"
      : "■"
    : w.kind === "outline"
      ? "▢"
      : w.width !== undefined
        ? // The flow widths: thin, thick and a bar, as near as characters come to a line's width.
          w.width < 2
          ? "─"
          : w.width < 4
            ? "━"
            : "▬"
        : w.dash === "dotted"
          ? "•••"
          : w.dash === "dashed"
            ? "– –"
            : "——";
const hex = (color: string) => color.replace("#", "").toUpperCase();

/** The legend model as text runs: each section's title, then its entries (the partner steps on one line). */
function legendRuns(sections: readonly LegendSection[]) {
  return sections.flatMap((sec) => [
    { text: sec.title, options: { bold: true, breakLine: true } },
    ...(sec.inline
      ? sec.entries.flatMap((e, i) => [
          { text: `${marker(e.swatch)} `, options: { color: hex(e.swatch.color) } },
          {
            text: `${e.label}${i < sec.entries.length - 1 ? "   " : ""}`,
            options: { breakLine: i === sec.entries.length - 1 },
          },
        ])
      : sec.entries.flatMap((e) => [
          { text: `${marker(e.swatch)}  `, options: { color: hex(e.swatch.color) } },
          { text: e.label, options: { breakLine: true } },
        ])),
  ]);
}

function rgb(color: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((p) => parseInt(color.slice(p, p + 2), 16) || 0);
  return [r ?? 0, g ?? 0, b ?? 0];
}

async function base64(url: string): Promise<string> {
  // The one-file atlas carries the fonts as data: addresses: read them as they are, with no
  // fetch, which its policy would refuse (it allows connect-src blob: only).
  const inline = /^data:[^,]*;base64,/.exec(url);
  if (inline) return url.slice(inline[0].length);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function writePdf(content: DeckContent, images: string[], labels: DeckLabels): Promise<Blob> {
  const [{ jsPDF }, regular, bold] = await Promise.all([import("jspdf"), base64(regularUrl), base64(boldUrl)]);
  const doc = new jsPDF({ orientation: "landscape", unit: "pt", format: [960, 540], compress: true });
  doc.addFileToVFS("NotoSans-Regular.ttf", regular);
  doc.addFont("NotoSans-Regular.ttf", "NotoSans", "normal");
  doc.addFileToVFS("NotoSans-Bold.ttf", bold);
  doc.addFont("NotoSans-Bold.ttf", "NotoSans", "bold");
  doc.setProperties({ title: content.title, subject: content.subtitle, creator: "Partnership Atlas" });
  doc.setLanguage((LANG[content.language] ?? "en-GB") as "en-GB");

  doc.setFont("NotoSans", "bold").setFontSize(34).setTextColor(28, 28, 28);
  const titleLines = doc.splitTextToSize(content.title, 840) as string[];
  doc.text(titleLines, 60, 180);
  doc.setFont("NotoSans", "normal").setFontSize(18).setTextColor(74, 74, 74);
  doc.text(doc.splitTextToSize(content.subtitle, 840) as string[], 60, 180 + titleLines.length * 42 + 16);
  doc.setFontSize(10);
  doc.text(content.source, 60, 500, { maxWidth: 840 });

  content.slides.forEach((s, i) => {
    doc.addPage([960, 540], "landscape");
    doc.setFont("NotoSans", "bold").setFontSize(22).setTextColor(28, 28, 28);
    doc.text(s.title, 24, 40, { maxWidth: 910 });
    const image = images[i];
    if (image) doc.addImage(image, "PNG", 24, 64, 680, 382);
    doc.setFont("NotoSans", "bold").setFontSize(11);
    doc.text(labels.legend, 724, 80);
    drawPdfLegend(doc, s.legend, 724, 98);
    if (s.note) {
      doc.setFontSize(12).setTextColor(28, 28, 28);
      doc.text(s.note, 24, 470, { maxWidth: 910 });
    }
    doc.setFontSize(9).setTextColor(74, 74, 74);
    doc.text(`${content.source} · ${labels.slideOf(i + 1, content.slides.length)}`, 24, 522, { maxWidth: 910 });
  });
  return doc.output("blob");
}

type Pdf = InstanceType<typeof import("jspdf").jsPDF>;

/** The legend model on a PDF slide: titles in bold, swatches drawn as the map draws them. */
function drawPdfLegend(doc: Pdf, sections: readonly LegendSection[], x: number, top: number) {
  let y = top;
  for (const sec of sections) {
    doc.setFont("NotoSans", "bold").setFontSize(9).setTextColor(28, 28, 28);
    const title = doc.splitTextToSize(sec.title, 210) as string[];
    doc.text(title, x, y);
    y += 12 * title.length + 2;
    doc.setFont("NotoSans", "normal");
    let dx = 0;
    for (const e of sec.entries) {
      pdfSwatch(doc, e.swatch, x + dx, y - 7);
      if (sec.inline) {
        doc.text(e.label, x + dx + 22, y);
        dx += 30 + doc.getTextWidth(e.label);
        continue;
      }
      const lines = doc.splitTextToSize(e.label, 190) as string[];
      doc.text(lines, x + 32, y);
      y += 12 * lines.length;
    }
    if (sec.inline) y += 12;
    y += 5;
  }
}

function pdfSwatch(doc: Pdf, w: Swatch, x: number, y: number) {
  const [r, g, b] = rgb(w.color);
  if (w.kind === "line") {
    // The PDF's lines are 2.5 where the screen's are 3: a width keeps that ratio.
    doc.setDrawColor(r, g, b).setLineWidth(((w.width ?? 3) * 2.5) / 3);
    doc.setLineDashPattern(w.dash === "dashed" ? [5, 3] : w.dash === "dotted" ? [1, 4] : [], 0);
    doc.line(x, y + 4, x + 26, y + 4);
    doc.setLineDashPattern([], 0);
  } else if (w.kind === "outline") {
    doc.setDrawColor(r, g, b).setLineWidth(1.5).setLineDashPattern([3, 1.5], 0);
    doc.rect(x + 1, y, 16, 9, "S");
    doc.setLineDashPattern([], 0);
  } else {
    doc.setFillColor(r, g, b).setDrawColor(138, 138, 138).setLineWidth(0.5);
    doc.rect(x + 1, y, 16, 9, "FD");
    if (w.hatched) {
      doc.setDrawColor(154, 154, 154);
      for (let k = 0; k < 16; k += 4)
        doc.line(x + 1 + k, y + 9, x + 1 + Math.min(16, k + 9), y + 9 - Math.min(16 - k, 9));
    }
  }
}
