/** The atlas embedded in another site's page, as an intranet page would show it. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./support/browser.ts";
import { AtlasDriver } from "./support/AtlasDriver.ts";

const baseUrl = inject("baseUrl");
let browser: Browser;
let host: Server;
let hostUrl = "";
beforeAll(async () => {
  browser = await launchBrowser();
  // Another origin on this machine: a host page with nothing but the embed code.
  host = createServer((_req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(
      `<!doctype html><html lang="en"><head><title>Intranet page</title></head><body><h1>Our partnerships</h1>${embedCode}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", () => resolve()));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});
let embedCode = "";

describe("embed", () => {
  it("shows the map, its legend and the source line, and no download buttons", async () => {
    const atlas = await AtlasDriver.open(browser, baseUrl, "embed=1&theme=readmission");
    await atlas.mapSettled();
    expect(await atlas.page.locator(".legend").count()).toBe(1);
    expect(await atlas.sourceLine()).toContain("Source:");
    for (const name of ["Download CSV", "Download PNG", "Meeting mode", "Open data…"])
      expect(await atlas.page.getByRole("button", { name }).count(), name).toBe(0);
    expect(await atlas.page.locator(".sidebar").count()).toBe(0);
    expect(await atlas.drawnFlows()).not.toEqual([]);
    await atlas.close();
  });

  it("copies an <iframe> snippet with a meaningful title, which loads on another origin", async () => {
    const atlas = await AtlasDriver.open(browser, baseUrl, "theme=readmission");
    await atlas.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
    await atlas.page.getByRole("button", { name: "Copy embed code" }).click();
    embedCode = await atlas.page.evaluate(() => navigator.clipboard.readText());
    expect(embedCode).toMatch(
      /^<iframe src="[^"]+embed=1[^"]*" title="Partnership Atlas map: Migration partnerships of EU Member States, as reported in 2010" width="100%" height="\d+"/,
    );
    await atlas.close();

    const page = await browser.newPage();
    await page.goto(hostUrl);
    const frame = page.frameLocator("iframe");
    await frame.locator('[data-map-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await frame.locator(".source-stamp").textContent()).toContain("Source:");
    expect(await page.locator("iframe").getAttribute("title")).toContain("Partnership Atlas map");
    await page.close();
  });
});
