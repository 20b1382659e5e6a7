/** The timeline and comparison, as a user meets them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, inject, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver } from "./support/AtlasDriver.ts";

const baseUrl = inject("baseUrl");
const browser = browserForSpec();
const MP = "dataset=eu-mobility-partnerships";
const pairsIn = (dir: string) =>
  new Set(
    Papa.parse<Record<string, string>>(readFileSync(join(process.cwd(), dir, "partnerships.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data.map((r) => `${r.member_state}>${r.partner}`),
  );

describe("timeline", () => {
  it("shows Moldova, Cape Verde and Georgia at the end of 2009, and none of the later six", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `${MP}&at=2009-12-31`);
    expect(await atlas.drawnPartners()).toEqual(["CPV", "GEO", "MDA"]);
    expect(await atlas.statusLine()).toBe("35 links · 23 Member States · 3 partners");
    expect(await atlas.timeLabel()).toBe("In place on 31 December 2009");
    await atlas.close();
  });

  it("shows all nine partnerships and the three agendas at the end of 2016; without a date, every link", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `${MP}&at=2016-12-31`);
    expect(await atlas.drawnPartners()).toEqual([
      "ARM",
      "AZE",
      "BLR",
      "CPV",
      "ETH",
      "GEO",
      "IND",
      "JOR",
      "MAR",
      "MDA",
      "NGA",
      "TUN",
    ]);
    await atlas.visit(MP);
    expect(await atlas.statusLine()).toBe("92 links · 24 Member States · 12 partners");
    await atlas.close();
  });

  it("plays through the years, from the first, one step at a time", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, MP);
    await atlas.mapSettled();
    await atlas.pressPlay();
    await expect.poll(() => atlas.query().get("at"), { timeout: 10_000 }).toBe("2009");
    await expect.poll(() => atlas.query().get("at"), { timeout: 10_000 }).toBe("2010");
    await atlas.page.getByRole("button", { name: "Pause" }).click();
    const at = atlas.query().get("at");
    await atlas.page.waitForTimeout(2_000);
    expect(atlas.query().get("at")).toBe(at);
    await atlas.close();
  });

  it("lists the links without a date apart on the 2010 data, instead of dropping them silently", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "at=2010");
    const undated = atlas.page.locator(".undated-links summary");
    expect(await undated.textContent()).toMatch(/^\d+ links have no date$/);
    await atlas.close();
  });
});

describe("the year-by-year deck in meeting mode", () => {
  it("presents each year as a slide of this dataset, and Play steps on without moving the camera", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, MP);
    await atlas.enterMeetingMode();
    await expect
      .poll(() => atlas.slideTitle())
      .toBe("2008: Moldova (15 Member States) and Cape Verde (4 Member States)");
    expect(atlas.query().get("dataset")).toBe("eu-mobility-partnerships");
    expect(atlas.query().get("at")).toBe("2008");
    await atlas.pressKey("ArrowRight");
    await expect.poll(() => atlas.query().get("at")).toBe("2009");
    await atlas.mapSettled();
    const camera = () =>
      atlas.page.evaluate(() => {
        const map = window.__atlasMap;
        return map
          ? [map.getCenter().lng.toFixed(3), map.getCenter().lat.toFixed(3), map.getZoom().toFixed(3)].join(",")
          : "";
      });
    const before = await camera();
    await atlas.pressPlay();
    await expect.poll(() => atlas.query().get("at"), { timeout: 10_000 }).toBe("2010");
    await atlas.mapSettled();
    expect(await camera()).toBe(before);
    await atlas.close();
  });
});

describe("comparison", () => {
  it("compares the 2010 answers with the Mobility Partnerships, pair by pair, in the status line and the legend", async () => {
    const a = pairsIn("data/emn-ahq-2010");
    const b = pairsIn("data/eu-mobility-partnerships");
    const both = [...a].filter((p) => b.has(p)).length;
    const onlyA = [...a].filter((p) => !b.has(p)).length;
    const onlyB = [...b].filter((p) => !a.has(p)).length;
    const atlas = await AtlasDriver.open(browser(), baseUrl, "dataset=emn-ahq-2010&compare=eu-mobility-partnerships");
    await expect
      .poll(() => atlas.statusLine())
      .toBe(`${both} in both · ${onlyA} only in 2010 query · ${onlyB} only in EU Mobility Partnerships`);
    const legend = (await atlas.page.locator(".legend").textContent()) ?? "";
    expect(legend).toContain(`in both (${both})`);
    expect(legend).toContain(`only in EU Mobility Partnerships (${onlyB})`);
    await atlas.switchTo("Table");
    expect(await atlas.page.getByRole("columnheader", { name: "Compared" }).count()).toBe(1);
    await atlas.close();
  });

  it("downloads the comparison with a compare column", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "compare=eu-mobility-partnerships&ms=BEL");
    await expect.poll(() => atlas.statusLine()).toMatch(/in both/);
    const { text } = await atlas.downloadCsv();
    const [header, ...rows] = text.trim().split("\n");
    expect(header?.endsWith(",compare")).toBe(true);
    expect(rows.some((r) => r.endsWith(",both"))).toBe(true);
    expect(rows.some((r) => r.endsWith(",only_eu-mobility-partnerships"))).toBe(true);
    await atlas.close();
  });

  it("puts the date and the comparison on the print sheet", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, "compare=eu-mobility-partnerships&at=2010");
    await expect.poll(() => atlas.statusLine()).toMatch(/in both/);
    const sheet = (await atlas.page.locator(".print-sheet").textContent()) ?? "";
    expect(sheet).toContain("2010 query compared with EU Mobility Partnerships");
    expect(sheet).toContain("as of 31 December 2010");
    await atlas.close();
  });

  it("says what is new since an earlier date", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `${MP}&at=2014&since=2011`);
    expect(await atlas.statusLine()).toBe(
      "45 on both dates · 37 new since 31 December 2011 · 0 ended since 31 December 2011",
    );
    await atlas.close();
  });

  it("has no serious accessibility violations with the timeline and in compare mode", async () => {
    for (const q of [`${MP}&at=2013`, "compare=eu-mobility-partnerships", `${MP}&at=2014&since=2011&view=table`]) {
      const atlas = await AtlasDriver.open(browser(), baseUrl, q);
      if (!q.includes("view=table")) await atlas.mapSettled();
      expect(await atlas.accessibilityViolations(), q).toEqual([]);
      await atlas.close();
    }
  });
});
