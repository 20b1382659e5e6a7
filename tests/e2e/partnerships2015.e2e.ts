/** The third dataset: the 2015–2026 partnerships on the timeline and beside the Mobility Partnerships. */
import { describe, expect, inject, it } from "vitest";
import { browserForSpec } from "./support/browser.ts";
import { AtlasDriver } from "./support/AtlasDriver.ts";

const baseUrl = inject("baseUrl");
const browser = browserForSpec();
const NEW = "dataset=eu-partnerships-2015-2026";

describe("the 2015–2026 partnerships", () => {
  it("shows Turkey at the end of 2016, and none of Albania, Kenya, Uzbekistan or Mauritania", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `${NEW}&at=2016-12-31`);
    const partners = await atlas.drawnPartners();
    expect(partners).toContain("TUR");
    for (const later of ["ALB", "KEN", "UZB", "MRT"]) expect(partners).not.toContain(later);
    await atlas.close();
  });

  it("shows all four, and Egypt, at the end of 2024", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `${NEW}&at=2024-12-31`);
    expect(await atlas.drawnPartners()).toEqual(expect.arrayContaining(["ALB", "KEN", "UZB", "MRT", "EGY"]));
    await atlas.close();
  });

  it("draws participation apart from signature, and says so in the legend and the details", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `${NEW}&select=EGY`);
    await atlas.mapSettled();
    const dotted = await atlas.page.evaluate(
      () =>
        window.__atlasMap?.querySourceFeatures("arcs").filter((f) => f.properties.participation === true).length ?? 0,
    );
    expect(dotted).toBeGreaterThan(0);
    expect(await atlas.page.locator(".legend").textContent()).toContain("takes part without signing");
    expect(await atlas.details().textContent()).toContain("Takes part, not a signatory");
    await atlas.close();
  });

  it("compares with the Mobility Partnerships across the two datasets", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `${NEW}&compare=eu-mobility-partnerships`);
    await expect
      .poll(() => atlas.statusLine())
      .toMatch(/^\d+ in both · \d+ only in Partnerships 2015–2026 · \d+ only in EU Mobility Partnerships$/);
    await atlas.close();
  });

  it("has no serious accessibility violations", async () => {
    const atlas = await AtlasDriver.open(browser(), baseUrl, `${NEW}&at=2024`);
    await atlas.mapSettled();
    expect(await atlas.accessibilityViolations()).toEqual([]);
    await atlas.close();
  });
});
