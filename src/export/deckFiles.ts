/**
 * A deck as files that leave the browser: PowerPoint (pptxgenjs) and PDF (jsPDF, with Noto Sans
 * embedded so every name prints and the text stays selectable). Both libraries and the font load
 * only when a deck is downloaded.
 */
import type { DeckContent, LegendLine } from "../present/deckContent.ts";
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
    slide.addText(
      [{ text: labels.legend, options: { bold: true, breakLine: true } }, ...s.legend.map((l) => ({ text: `${marker(l)}  ${l.label}`, options: { color: l.color.replace("#", "").toUpperCase(), breakLine: true } }))],
      { ...text, x: 7.45, y: 0.9, w: 2.3, h: 3.94, fontSize: 11, valign: "top" },
    );
    slide.addText(`${content.source} · ${labels.slideOf(i + 1, content.slides.length)}`, { ...text, x: 0.3, y: 5.0, w: 9.4, h: 0.45, fontSize: 9, color: "4A4A4A" });
    if (s.note) slide.addNotes(s.note);
  });
  return (await pptx.write({ outputType: "blob" })) as Blob;
}

const marker = (l: LegendLine) => (l.kind === "dotted" ? "•••" : l.kind === "dashed" ? "– –" : "——");

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
  const titleLines: string[] = doc.splitTextToSize(content.title, 840);
  doc.text(titleLines, 60, 180);
  doc.setFont("NotoSans", "normal").setFontSize(18).setTextColor(74, 74, 74);
  doc.text(doc.splitTextToSize(content.subtitle, 840), 60, 180 + titleLines.length * 42 + 16);
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
    doc.setFont("NotoSans", "normal").setFontSize(10);
    s.legend.forEach((l, k) => {
      const y = 100 + k * 18;
      const [r, g, b] = [1, 3, 5].map((p) => parseInt(l.color.slice(p, p + 2), 16) || 0);
      doc.setDrawColor(r ?? 0, g ?? 0, b ?? 0).setLineWidth(2.5);
      doc.setLineDashPattern(l.kind === "dashed" ? [5, 3] : l.kind === "dotted" ? [1, 4] : [], 0);
      doc.line(724, y - 3, 750, y - 3);
      doc.setLineDashPattern([], 0);
      doc.text(l.label, 756, y, { maxWidth: 190 });
    });
    if (s.note) {
      doc.setFontSize(12).setTextColor(28, 28, 28);
      doc.text(s.note, 24, 470, { maxWidth: 910 });
    }
    doc.setFontSize(9).setTextColor(74, 74, 74);
    doc.text(`${content.source} · ${labels.slideOf(i + 1, content.slides.length)}`, 24, 522, { maxWidth: 910 });
  });
  return doc.output("blob");
}
