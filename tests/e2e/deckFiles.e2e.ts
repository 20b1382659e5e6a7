/** The deck leaves the browser: a PowerPoint file and a PDF, opened and read as their recipients would. */
import { readFile } from "node:fs/promises";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, inject, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver } from "./support/AtlasDriver.ts";
import { bundledDataset } from "./support/bundledData.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { makeI18n } from "../../src/i18n/I18nContext.tsx";
import { countryName } from "../../src/i18n/countryNames.ts";
import { storyDeck } from "../../src/present/storyDeck.ts";

const baseUrl = inject("baseUrl");
const browser = browserForSpec();

/** The 2010 story as the atlas builds it in English: the titles and notes the files must carry. */
function story() {
  const { dataset } = validateDataset(bundledDataset().files);
  return storyDeck({
    dataset,
    datasetParam: null,
    i18n: makeI18n("en", dataset.vocabulary),
    nameOf: (id) => dataset.regions.get(id)?.name ?? countryName(id, "en") ?? id,
  });
}
const xmlText = (xml: string) =>
  xml
    .replace(/<[^>]+>/g, "")
    .replaceAll("&amp;", "&")
    .replaceAll("&apos;", "'")
    .replaceAll("&quot;", '"');

async function download(atlas: AtlasDriver, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    atlas.page.waitForEvent("download", { timeout: 120_000 }),
    atlas.page.getByRole("button", { name }).first().click(),
  ]);
  return readFile(await file.path());
}

describe("deck files", () => {
  it("downloads the 2010 story as PowerPoint: a title slide and one per slide, each with its map, title and notes", async () => {
    const deck = story();
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    await atlas.mapSettled();
    const before = await atlas.page.evaluate(() => window.__atlasMap?.getCenter().toArray().join(","));
    const pptx = unzipSync(new Uint8Array(await download(atlas, "Download PowerPoint")));
    const slides = Object.keys(pptx).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(deck.slides.length + 1);
    deck.slides.forEach((s, i) => {
      const xml = strFromU8(pptx[`ppt/slides/slide${i + 2}.xml`] ?? new Uint8Array());
      expect(xmlText(xml), s.id).toContain(s.title);
      expect(xml, s.id).toContain("<p:pic>");
      const notes = Object.entries(pptx).find(
        ([f, data]) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f) && xmlText(strFromU8(data)).includes(s.note),
      );
      expect(notes, `note of ${s.id}`).toBeDefined();
    });
    expect(Object.keys(pptx).filter((f) => f.startsWith("ppt/media/")).length).toBeGreaterThanOrEqual(
      deck.slides.length,
    );
    // Rendering the slides did not move the map on screen.
    expect(await atlas.page.evaluate(() => window.__atlasMap?.getCenter().toArray().join(","))).toBe(before);
    await atlas.close();
  });

  it("downloads the same deck as a PDF, one page per slide, with the titles as text", async () => {
    const deck = story();
    const atlas = await AtlasDriver.open(browser(), baseUrl);
    const pdfBytes = new Uint8Array(await download(atlas, "Download PDF"));
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await pdfjs.getDocument({ data: pdfBytes, useSystemFonts: false, isEvalSupported: false }).promise;
    expect(doc.numPages).toBe(deck.slides.length + 1);
    for (const [i, s] of deck.slides.entries()) {
      const page = await doc.getPage(i + 2);
      const text = (await page.getTextContent()).items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " ");
      expect(text, s.id).toContain(s.title.split(" ").slice(0, 3).join(" "));
    }
    await atlas.close();
  });
});
