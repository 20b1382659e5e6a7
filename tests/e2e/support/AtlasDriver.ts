/**
 * What a user does with the atlas, in words: open a link, tick a focus area, click a country,
 * read the details. Specs talk to this driver only; Playwright stays in tests/e2e/support.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createRequire } from "node:module";
import { newWatchedPage, type PageWatch } from "./browser.ts";
import type { DrawnLabel } from "../../../src/map/PlaceLayer.ts";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface Viewport {
  width: number;
  height: number;
}

export interface OpenOptions {
  viewport?: Viewport;
  /** Serve this body instead of a data file, to see what a user sees when a file is broken. */
  replaceFile?: { path: string; status: number; body: string };
  /** Requests for these addresses fail, as when the network is down or the server no longer has a chunk. */
  unreachable?: RegExp;
  /** A graphics driver that will not compile the flow layer's shaders (the ones that read the flows' state texture). */
  flowShadersFail?: boolean;
  /** A graphics driver that will not link the place layer's program (its shader fetches from u_image). */
  placeShadersFail?: boolean;
}

/** Bilateral agreements are drawn in blue (#0072B2); the map under them is light grey or blue-grey. */
export const isBlue = ([r = 255, , b = 0]: number[]) => r < 90 && b > 130;

/** A label as the map drew it: its box in CSS pixels from the map's top-left corner. */
export type LabelBox = DrawnLabel;

export class AtlasDriver {
  private constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    readonly watch: PageWatch,
    private readonly baseUrl: string,
  ) {}

  static async open(browser: Browser, baseUrl: string, query = "", options: OpenOptions = {}): Promise<AtlasDriver> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 720 },
      acceptDownloads: true,
      locale: "en-GB",
    });
    const { page, watch } = await newWatchedPage(context, baseUrl);
    const replace = options.replaceFile;
    if (replace)
      await page.route(`**/${replace.path}`, (route) =>
        route.fulfill({ status: replace.status, body: replace.body, contentType: "text/plain" }),
      );
    if (options.unreachable) await page.route(options.unreachable, (route) => route.abort("failed"));
    // Programs whose shaders hold these will not link, as where a driver refuses them: the flow
    // layer's read u_state, the place layer's fetch from u_image.
    const refused = [
      ...(options.flowShadersFail ? ["u_state"] : []),
      ...(options.placeShadersFail ? ["texelFetch(u_image"] : []),
    ];
    if (refused.length > 0)
      await page.addInitScript((markers: string[]) => {
        const proto = WebGL2RenderingContext.prototype;
        const status = proto.getProgramParameter;
        proto.getProgramParameter = function (
          this: WebGL2RenderingContext,
          program: WebGLProgram,
          pname: GLenum,
        ): unknown {
          const sources = (this.getAttachedShaders(program) ?? []).map((s) => this.getShaderSource(s) ?? "");
          const refuse = sources.some((source) => markers.some((m) => source.includes(m)));
          return pname === this.LINK_STATUS && refuse ? false : (status.call(this, program, pname) as unknown);
        };
      }, refused);
    const driver = new AtlasDriver(page, context, watch, baseUrl);
    await driver.visit(query);
    return driver;
  }

  async visit(query: string): Promise<void> {
    await this.page.goto(new URL(query ? `?${query.replace(/^\?/, "")}` : "", this.baseUrl).href);
    await this.page.waitForSelector(".atlas, .load-error", { timeout: 30_000 });
    await this.partsLoaded();
  }

  /** Every lazy chunk has been fetched after the first screen (the "atlas:prefetched" mark): no request is left to make. */
  async prefetched(): Promise<void> {
    await this.page.waitForFunction(() => performance.getEntriesByName("atlas:prefetched").length > 0, undefined, {
      timeout: 30_000,
    });
  }

  /** The files (path within the site) the page asked for before its map first went idle with the data drawn. */
  async requestedBeforeFirstIdle(): Promise<string[]> {
    await this.page.waitForFunction(() => performance.getEntriesByName("atlas:idle", "mark").length > 0, undefined, {
      timeout: 30_000,
    });
    return this.page.evaluate(() => {
      const idle = performance.getEntriesByName("atlas:idle", "mark")[0]?.startTime ?? 0;
      return performance
        .getEntriesByType("resource")
        .filter((e) => e.startTime < idle)
        .map((e) => new URL(e.name).pathname.replace(/^\//, ""));
    });
  }

  /** Parts that load on demand (table, matrix, meeting mode: src/app/lazyParts.tsx) have arrived. */
  async partsLoaded(): Promise<void> {
    await this.page.waitForFunction(() => !document.querySelector(".part-loading"), undefined, { timeout: 30_000 });
  }

  /** Opens a link as pasted: query and fragment (`?present=1#deck=…`), relative to the atlas. */
  async openLink(link: string): Promise<void> {
    await this.page.goto(new URL(link, this.baseUrl).href);
    await this.page.waitForSelector(".atlas, .load-error", { timeout: 30_000 });
    await this.partsLoaded();
  }

  /** The address's fragment, without "#". */
  fragment(): string {
    return new URL(this.page.url()).hash.replace(/^#/, "");
  }

  /** The label meeting mode and the sidebar show above a deck that came in a link, or "" when there is none. */
  async sharedDeckLabel(): Promise<string> {
    const label = this.page.locator(".shared-label").first();
    return (await label.count()) ? ((await label.textContent()) ?? "") : "";
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /** Waits until the map has loaded and finished drawing what it was last told to draw. */
  async mapSettled(): Promise<void> {
    // Ready, with no filters on their way (aria-busy) and the latest ones drawn (data-drawing).
    await this.page.waitForSelector('[data-map-ready="true"]:not([aria-busy="true"]):not([data-drawing])', {
      timeout: 60_000,
    });
    // No named inner functions here: the test transpiler would wrap them in a helper the page lacks.
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__atlasMap;
          if (!map) return resolve();
          map.once("idle", () => resolve());
          map.triggerRepaint();
        }),
    );
  }

  /**
   * The colours the map shows along the middle half of the flow "Member State>partner" (the first
   * of that pair), as [r, g, b] read from the drawn canvas: what a viewer sees, whatever the state.
   * Points of the line outside the map's view are left out.
   */
  async coloursAlongFlow(ms: string, partner: string): Promise<number[][]> {
    await this.mapSettled();
    return this.page.evaluate(
      ([from, to]) => {
        const map = window.__atlasMap;
        if (!map) return [];
        const line = map
          .querySourceFeatures("arcs")
          .filter((f) => f.properties.ms === from && f.properties.partner === to)
          .flatMap((f) => (f.geometry.type === "LineString" ? f.geometry.coordinates : []));
        const canvas = map.getCanvas();
        const copy = document.createElement("canvas");
        copy.width = canvas.width;
        copy.height = canvas.height;
        const g = copy.getContext("2d");
        if (!g) return [];
        g.drawImage(canvas, 0, 0);
        const ratio = canvas.width / canvas.clientWidth;
        const middle = line.slice(Math.floor(line.length / 4), Math.ceil((line.length * 3) / 4));
        return middle
          .map(([lon = 0, lat = 0]) => map.project([lon, lat]))
          .filter((p) => p.x >= 0 && p.y >= 0 && p.x < canvas.clientWidth && p.y < canvas.clientHeight)
          .map((p) => [...g.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data.slice(0, 3)]);
      },
      [ms, partner],
    );
  }

  /** The distinct colours ([r, g, b]) of the drawn map in a square of `size` CSS pixels around a longitude and latitude. */
  async coloursAround(lon: number, lat: number, size = 24): Promise<number[][]> {
    await this.mapSettled();
    return this.page.evaluate(
      ([at, half]) => {
        const map = window.__atlasMap;
        if (!map) return [];
        const canvas = map.getCanvas();
        const copy = document.createElement("canvas");
        copy.width = canvas.width;
        copy.height = canvas.height;
        const g = copy.getContext("2d");
        if (!g) return [];
        g.drawImage(canvas, 0, 0);
        const ratio = canvas.width / canvas.clientWidth;
        const p = map.project(at);
        const box = g.getImageData(
          Math.round((p.x - half) * ratio),
          Math.round((p.y - half) * ratio),
          Math.round(2 * half * ratio),
          Math.round(2 * half * ratio),
        ).data;
        const seen = new Set<string>();
        for (let i = 0; i < box.length; i += 4) seen.add(`${box[i]},${box[i + 1]},${box[i + 2]}`);
        return [...seen].map((c) => c.split(",").map(Number));
      },
      [[lon, lat] as [number, number], size / 2] as const,
    );
  }

  /** Zooms the map in one step with its "Zoom in" button. */
  async zoomIn(): Promise<void> {
    await this.page.getByRole("button", { name: "Zoom in" }).click();
  }

  /** Moves the map's camera at once, without an animation, as the deck export moves its map between slides. */
  async jumpCamera(lon: number, lat: number, zoom: number): Promise<void> {
    await this.page.evaluate((c) => window.__atlasMap?.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom }), {
      lon,
      lat,
      zoom,
    });
  }

  /** Resizes the browser window, and waits until the map has taken its new size. */
  async resizeWindow(width: number, height: number): Promise<void> {
    // The listener is in place before the window changes; the handle is awaited after.
    const resized = await this.page.evaluateHandle(() => ({
      done: new Promise<void>((resolve) => {
        const map = window.__atlasMap;
        if (!map) return resolve();
        map.once("resize", () => resolve());
      }),
    }));
    await this.page.setViewportSize({ width, height });
    await resized.evaluate((r) => r.done);
    await resized.dispose();
  }

  /** The map's WebGL context is lost, as when a laptop switches GPUs for a projector. */
  async loseWebGl(): Promise<void> {
    await this.mapSettled();
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const canvas = window.__atlasMap?.getCanvas();
          const ext = canvas?.getContext("webgl2")?.getExtension("WEBGL_lose_context");
          if (!canvas || !ext) return reject(new Error("no WEBGL_lose_context"));
          // A lost context gives no extensions: this one is kept to give the context back.
          (window as unknown as { __loseContext?: WEBGL_lose_context }).__loseContext = ext;
          canvas.addEventListener("webglcontextlost", () => resolve(), { once: true });
          ext.loseContext();
        }),
    );
  }

  /** The lost WebGL context is given back. */
  async restoreWebGl(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const canvas = window.__atlasMap?.getCanvas();
          const ext = (window as unknown as { __loseContext?: WEBGL_lose_context }).__loseContext;
          if (!canvas || !ext) return reject(new Error("the context was not lost by loseWebGl"));
          canvas.addEventListener("webglcontextrestored", () => setTimeout(resolve, 50), { once: true });
          ext.restoreContext();
        }),
    );
  }

  /**
   * The flows with shown links (the flow layer's count > 0), each once: in the current view (the
   * hit layer's rendered lines) or, with `everywhere`, all of the map's source.
   */
  private async shownFlows(everywhere: boolean): Promise<{ key: string; partner: string; n: number }[]> {
    await this.mapSettled();
    return this.page.evaluate((all) => {
      const map = window.__atlasMap;
      if (!map) return [];
      const layer = map.getLayer("flows") as unknown as { implementation: { shownCount(i: number): number } };
      const fs = all ? map.querySourceFeatures("arcs") : map.queryRenderedFeatures({ layers: ["arcs-hit"] });
      // A line cut by tile edges comes back in pieces: each flow counts once.
      const byFlow = new Map<number, { key: string; partner: string; n: number }>();
      for (const f of fs) {
        const n = typeof f.id === "number" ? layer.implementation.shownCount(f.id) : 0;
        if (typeof f.id !== "number" || n === 0) continue;
        const p = f.properties;
        byFlow.set(f.id, { key: `${p.ms}>${p.partner}>${p.framework}`, partner: String(p.partner), n });
      }
      return [...byFlow.values()];
    }, everywhere);
  }

  /** The flows drawn in the current view, as "Member State>partner>framework" (sorted, once each), as flowKeysOf names the links expected. */
  async drawnFlows(): Promise<string[]> {
    return [...new Set((await this.shownFlows(false)).map((f) => f.key))].sort();
  }

  /** How many links the drawn flows in view stand for: the sum of their shown counts. */
  async drawnLinkCount(): Promise<number> {
    return (await this.shownFlows(false)).reduce((sum, f) => sum + f.n, 0);
  }

  /** Partners at the end of the drawn flows (from the map's own source, whatever is in view). */
  async drawnPartners(): Promise<string[]> {
    return [...new Set((await this.shownFlows(true)).map((f) => f.partner))].sort();
  }

  /** The time control's state: the date it reads, and whether it is playing. */
  async timeLabel(): Promise<string> {
    return (await this.page.getByRole("group", { name: "Date" }).locator("output").textContent()) ?? "";
  }

  async pressPlay(): Promise<void> {
    await this.page.getByRole("group", { name: "Date" }).getByRole("button", { name: "Play" }).click();
  }

  /** Alpha-3 codes of the countries whose polygons are drawn in the current view. */
  async drawnCountries(): Promise<string[]> {
    await this.mapSettled();
    return this.page.evaluate(() => {
      const map = window.__atlasMap;
      if (!map) return [];
      return [...new Set(map.queryRenderedFeatures({ layers: ["country-fill"] }).map((f) => String(f.properties.iso3)))]
        .filter(Boolean)
        .sort();
    });
  }

  async drawnLabels(): Promise<string[]> {
    return (await this.drawnLabelBoxes()).labels.map((l) => l.name);
  }

  /** The labels the map's last frame drew, with their boxes, and the map's size (CSS pixels). */
  async drawnLabelBoxes(): Promise<{ labels: LabelBox[]; width: number; height: number }> {
    await this.mapSettled();
    return this.page.evaluate(() => {
      // The place layer is the atlas's own (src/map/PlaceLayer.ts): it says what its last frame drew.
      const map = window.__atlasMap;
      const layer = map?.getLayer("places") as unknown as { implementation: { drawn: LabelBox[] } } | undefined;
      const canvas = map?.getCanvas();
      return {
        labels: layer?.implementation.drawn ?? [],
        width: canvas?.clientWidth ?? 0,
        height: canvas?.clientHeight ?? 0,
      };
    });
  }

  /** How many links the print sheet (only on paper) lists. */
  async printSheetRows(): Promise<number> {
    return this.page.locator(".print-table tbody tr").count();
  }

  async statusLine(): Promise<string> {
    return (await this.page.getByTestId("status-line").textContent()) ?? "";
  }

  async toggleFocusArea(label: string | RegExp): Promise<void> {
    await this.page.getByRole("group", { name: "Focus areas" }).getByRole("checkbox", { name: label }).click();
  }

  async countBeside(label: string | RegExp): Promise<number> {
    const option = this.page
      .getByRole("group", { name: "Focus areas" })
      .locator("label.option")
      .filter({ hasText: label });
    return Number(await option.locator(".count").textContent());
  }

  async clearAllFilters(): Promise<void> {
    await this.page.getByRole("button", { name: "Clear all filters" }).click();
  }

  async searchAndSelect(name: string): Promise<void> {
    const box = this.page.getByRole("combobox", { name: "Find a country" });
    await box.fill(name);
    await box.press("Enter");
  }

  async typeInSearch(text: string): Promise<void> {
    const box = this.page.getByRole("combobox", { name: "Find a country" });
    await box.fill(text);
  }

  /** The search combobox as assistive technology sees it: open or not, its options, the active one, the status said. */
  async searchState(): Promise<{
    expanded: boolean;
    options: string[];
    active: string | null;
    status: string;
    focused: boolean;
  }> {
    const box = this.page.getByRole("combobox", { name: "Find a country" });
    return box.evaluate((input) => {
      const list = document.getElementById(input.getAttribute("aria-controls") ?? "");
      const activeId = input.getAttribute("aria-activedescendant");
      const active = activeId ? document.getElementById(activeId) : null;
      const name = (el: Element) => el.querySelector("span")?.textContent ?? "";
      return {
        expanded: input.getAttribute("aria-expanded") === "true",
        options: list && !list.hidden ? [...list.querySelectorAll('[role="option"]')].map(name) : [],
        active:
          active && active.getAttribute("aria-selected") === "true" && list?.contains(active) ? name(active) : null,
        status: input.closest(".search")?.querySelector('[role="status"]')?.textContent ?? "",
        focused: document.activeElement === input,
      };
    });
  }

  async clickSearchOption(name: string): Promise<void> {
    await this.page
      .getByRole("listbox")
      .getByRole("option", { name: new RegExp(`^${name}\\b`) })
      .click();
  }

  /** What has the keyboard focus: an element's tag and accessible text, e.g. "h2 Georgia". */
  async focused(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return "body";
      return el
        ? `${el.tagName.toLowerCase()} ${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim()}`.trim()
        : "";
    });
  }

  /** Where a place is drawn on the map (its label point, where arcs meet it), in page pixels. */
  private async pointOf(id: string): Promise<{ x: number; y: number }> {
    await this.mapSettled();
    const point = await this.page.evaluate((placeId) => {
      const map = window.__atlasMap;
      const layer = map?.getLayer("places") as unknown as
        | {
            implementation: {
              labels: { features: { properties: { id: string }; geometry: { coordinates: number[] } }[] };
            };
          }
        | undefined;
      const f = layer?.implementation.labels.features.find((l) => l.properties.id === placeId);
      if (!map || !f) return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, id);
    if (!point) throw new Error(`${id} is not drawn on the map`);
    return point;
  }

  async clickOnMap(id: string): Promise<void> {
    const { x, y } = await this.pointOf(id);
    await this.page.mouse.click(x, y);
  }

  /**
   * Rests the pointer on a place, `below` pixels under its label point (arcs meet at the point
   * itself), and returns the tooltip's text.
   */
  async hoverOnMap(id: string, below = 0): Promise<string> {
    const { x, y } = await this.pointOf(id);
    // Near the label point, an arc passing by may be what the pointer rests on: look around for a
    // spot over the country itself and clear of every arc, as a person would aim.
    const spot = await this.page.evaluate(
      ({ x0, y0, placeId }) => {
        const map = window.__atlasMap;
        const places = map?.getLayer("places") as unknown as
          { implementation: { dotAt(p: [number, number]): string | null } } | undefined;
        if (!map || !places) return null;
        const r = map.getCanvas().getBoundingClientRect();
        for (let ring = 0; ring <= 40; ring += 4) {
          for (const [dx, dy] of [
            [0, ring],
            [0, -ring],
            [ring, 0],
            [-ring, 0],
            [ring, ring],
            [-ring, ring],
            [ring, -ring],
            [-ring, -ring],
          ]) {
            const p: [number, number] = [x0 - r.left + (dx ?? 0), y0 - r.top + (dy ?? 0)];
            const arcs = map.queryRenderedFeatures(p, { layers: ["arcs-hit"] });
            const country = map.queryRenderedFeatures(p, { layers: ["country-fill"] })[0];
            const here = places.implementation.dotAt(p) ?? String(country?.properties.iso3 ?? "");
            if (arcs.length === 0 && here === placeId) return { x: x0 + (dx ?? 0), y: y0 + (dy ?? 0) };
          }
        }
        return null;
      },
      { x0: x, y0: y + below, placeId: id },
    );
    const target = spot ?? { x, y: y + below };
    await this.page.mouse.move(target.x - 3, target.y - 3);
    await this.page.mouse.move(target.x, target.y);
    const tip = this.page.getByRole("tooltip");
    await tip.waitFor();
    return (await tip.textContent()) ?? "";
  }

  details() {
    return this.page.locator("aside.details");
  }

  /** The details panel's card for the link with the named country. */
  linkCard(otherName: string) {
    return this.details()
      .locator("article")
      .filter({ has: this.page.getByRole("heading", { name: otherName, exact: true }) });
  }

  async detailsTitle(): Promise<string | null> {
    if ((await this.details().count()) === 0) return null;
    return this.details().locator("h2").textContent();
  }

  async pressKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async switchTo(view: "Map" | "Table" | "Matrix"): Promise<void> {
    await this.page.getByRole("navigation", { name: "View" }).getByRole("button", { name: view }).click();
    await this.partsLoaded();
  }

  /** The notice that the map cannot draw the links here, or null when there is none. */
  async flowsFailedNotice(): Promise<string | null> {
    const notice = this.page.getByRole("alert").filter({ hasText: "could not draw the links" });
    return (await notice.count()) > 0 ? notice.innerText() : null;
  }

  async showTableFromNotice(): Promise<void> {
    await this.page.getByRole("alert").getByRole("button", { name: "Show the table" }).click();
    await this.partsLoaded();
  }

  tableRows() {
    // Rows of links only: a long table also has spacer rows standing for the rows not drawn.
    return this.page.locator("table.links-table tbody tr[data-link-id]");
  }

  async sortTableBy(column: string): Promise<void> {
    await this.page
      .getByRole("columnheader", { name: new RegExp(column) })
      .getByRole("button")
      .click();
  }

  /** The one column header with an aria-sort other than "none", as a screen reader announces it. */
  async sortedColumn(): Promise<{ name: string; sort: string } | null> {
    return this.page.locator("table.links-table thead th").evaluateAll((ths) => {
      const th = ths.find((h) => (h.getAttribute("aria-sort") ?? "none") !== "none");
      return th
        ? {
            name: (th.querySelector("button")?.firstChild?.textContent ?? "").trim(),
            sort: th.getAttribute("aria-sort") ?? "",
          }
        : null;
    });
  }

  async downloadCsv(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, "utf8") };
  }

  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  async back(): Promise<void> {
    await this.page.goBack();
  }

  async forward(): Promise<void> {
    await this.page.goForward();
  }

  notice() {
    return this.page.getByRole("alert");
  }

  /** The accessible names of the elements focus visits when pressing Tab `count` times. */
  async tabThrough(count: number): Promise<string[]> {
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      await this.page.keyboard.press("Tab");
      names.push(
        await this.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return "";
          const label =
            el.getAttribute("aria-label") ??
            (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
            el.closest("label")?.textContent ??
            el.textContent ??
            el.tagName;
          return label.trim();
        }),
      );
    }
    return names;
  }

  /**
   * Visible interactive elements smaller than `min`×`min` CSS px (WCAG 2.2 target size, 2.5.8),
   * as "tag.class “name” W×H". A checkbox or radio counts with the label that wraps it (a click on
   * the label ticks it); links inside running text are exempt, as the criterion allows.
   */
  async smallTargets(min = 24): Promise<string[]> {
    return this.page.evaluate((size) => {
      const selector =
        'button, input:not([type="hidden"]), select, textarea, a[href], summary, [role="button"], [role="option"], [role="switch"], [tabindex]:not([tabindex="-1"])';
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || el.closest("[hidden], [aria-hidden='true']")) continue;
        const label =
          el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")
            ? el.closest("label")
            : null;
        const box = (label ?? el).getBoundingClientRect();
        // Not drawn (a closed panel) or visually hidden (a file input reached through its button).
        if (box.width <= 1 && box.height <= 1) continue;
        if (el instanceof HTMLAnchorElement) {
          const block = el.parentElement?.closest("p, li, td, dd");
          if (block && (block.textContent ?? "").trim().length > (el.textContent ?? "").trim().length) continue;
        }
        if (box.width + 0.5 < size || box.height + 0.5 < size) {
          const name = (el.getAttribute("aria-label") ?? label?.textContent ?? el.textContent ?? "")
            .trim()
            .slice(0, 30);
          out.push(
            `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""} “${name}” ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
        }
      }
      return out;
    }, min);
  }

  /** Serious and critical axe-core violations on the page as it is now. */
  async accessibilityViolations(): Promise<string[]> {
    // Evaluated, not added as a <script>: the atlas's Content-Security-Policy refuses inline scripts.
    await this.page.evaluate(await readFile(AXE_PATH, "utf8"));
    return this.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: Document,
              opts: object,
            ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
  }

  async enterMeetingMode(): Promise<void> {
    await this.page.getByRole("button", { name: "Meeting mode" }).click();
    await this.page.getByTestId("slide-counter").waitFor();
  }

  async slideCounter(): Promise<string> {
    return (await this.page.getByTestId("slide-counter").textContent()) ?? "";
  }

  async slideTitle(): Promise<string> {
    return (await this.page.locator(".slide-title").textContent()) ?? "";
  }

  myDeck() {
    return this.page.locator("details.deck-panel");
  }

  async openMyDeck(): Promise<void> {
    const deck = this.myDeck();
    if (!(await deck.evaluate((d) => (d as HTMLDetailsElement).open))) await deck.locator("summary").click();
  }

  async addViewAsSlide(): Promise<void> {
    await this.openMyDeck();
    await this.page.getByRole("button", { name: "Add this view as a slide" }).click();
  }

  /**
   * Ticks a focus area and clicks "Add this view as a slide" (`adds` times) in the same task, as
   * quick clicks can land before the atlas has worked out the filtered view. My deck must be open.
   */
  async toggleFocusAreaAndAddSlideAtOnce(label: string, adds = 1): Promise<void> {
    const area = await this.page
      .getByRole("group", { name: "Focus areas" })
      .getByRole("checkbox", { name: label })
      .elementHandle();
    const add = await this.page.getByRole("button", { name: "Add this view as a slide" }).elementHandle();
    await this.page.evaluate(
      ([a, b, n]) => {
        (a as HTMLInputElement).click();
        for (let i = 0; i < n; i++) (b as HTMLButtonElement).click();
      },
      [area, add, adds] as const,
    );
  }

  /**
   * Ticks a focus area and records what the map's region says from the click until the map has
   * drawn the filter ("atlas:idle"): "busy" (aria-busy), "drawing" (data-drawing), both or "ready".
   */
  async toggleFocusAreaWatchingMap(label: string): Promise<string[]> {
    const area = await this.page
      .getByRole("group", { name: "Focus areas" })
      .getByRole("checkbox", { name: label })
      .elementHandle();
    // No named inner functions here: the test transpiler would wrap them in a helper the page lacks.
    return this.page.evaluate(
      (box) =>
        new Promise<string[]>((resolve) => {
          const region = document.querySelector('[data-testid="map"]');
          if (!region) return resolve([]);
          const states: string[] = [];
          const t0 = performance.now();
          const read = () =>
            [
              region.getAttribute("aria-busy") === "true" ? "busy" : "",
              region.hasAttribute("data-drawing") ? "drawing" : "",
            ]
              .filter(Boolean)
              .join("+") || "ready";
          const watch = new MutationObserver(() => {
            if (states.at(-1) !== read()) states.push(read());
          });
          watch.observe(region, { attributes: true });
          const marks = new PerformanceObserver((list) => {
            if (!list.getEntries().some((e) => e.name === "atlas:idle" && e.startTime >= t0)) return;
            marks.disconnect();
            // The mutation records of the idle's own task come first.
            setTimeout(() => {
              watch.disconnect();
              resolve(states);
            }, 0);
          });
          marks.observe({ type: "mark" });
          // A map that never draws the filter fails the test with what the region said, not by hanging.
          setTimeout(() => {
            marks.disconnect();
            watch.disconnect();
            resolve([...states, "no atlas:idle within 20 s"]);
          }, 20_000);
          (box as HTMLInputElement).click();
        }),
      area,
    );
  }

  async slideTitlesInMyDeck(): Promise<string[]> {
    return this.myDeck()
      .locator(".deck-slides li input:not(.note-input)")
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  async chooseLanguage(label: string | RegExp, value: string): Promise<void> {
    await this.page.getByRole("combobox", { name: label }).selectOption(value);
  }

  /** The headings of the map legend's sections, in order. */
  async legendSections(): Promise<string[]> {
    return this.page.locator(".legend .legend-title").allTextContents();
  }

  async downloadPng(): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    return readFile(await download.path());
  }

  /** Visible UI text, leaving out what is data in the source's language (marked lang="en"). */
  async uiTextOutsideData(): Promise<string> {
    return this.page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="en"], script, style').forEach((el) => el.remove());
      const attrs = [...clone.querySelectorAll("[aria-label],[title],[placeholder]")].flatMap((el) =>
        ["aria-label", "title", "placeholder"].map((a) => el.getAttribute(a) ?? ""),
      );
      return `${clone.textContent ?? ""}\n${attrs.join("\n")}`;
    });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  /** Opens files through the page's file input, as the "Open data…" button does. */
  async openDataFiles(...paths: string[]): Promise<void> {
    await this.page.getByLabel("Open data file").setInputFiles(paths);
  }

  /** Waits until the status line reads `text` (opening runs in a worker, so it takes a moment). */
  async waitForStatus(text: string, timeout = 60_000): Promise<void> {
    await this.page.waitForFunction(
      (t) => document.querySelector('[data-testid="status-line"]')?.textContent?.startsWith(t) ?? false,
      text,
      { timeout, polling: 100 },
    );
  }

  /** The panel listing what is wrong with an opened file. */
  problems() {
    return this.page.getByRole("dialog");
  }

  async loadValidRows(): Promise<void> {
    await this.problems()
      .getByRole("button", { name: /^Load the \d+ valid rows?$/ })
      .click();
  }

  async cancelOpening(): Promise<void> {
    await this.problems().getByRole("button", { name: "Cancel" }).click();
  }

  /** The datasets the dataset menu offers, and the one chosen. */
  async datasets(): Promise<{ options: string[]; chosen: string }> {
    const select = this.page.getByLabel("Dataset", { exact: true });
    const options = await select.locator("option").allTextContents();
    const chosen = await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
    return { options, chosen };
  }

  async chooseDataset(title: string): Promise<void> {
    await this.page.getByLabel("Dataset", { exact: true }).selectOption({ label: title });
  }

  async forgetAllMyData(): Promise<void> {
    await this.page.getByRole("button", { name: "Forget all my data" }).click();
    await this.page.getByRole("button", { name: /^Forget \d+ datasets?$/ }).click();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForSelector(".atlas, .load-error", { timeout: 30_000 });
    await this.partsLoaded();
  }

  async sourceLine(): Promise<string> {
    return (await this.page.locator(".source-stamp").textContent()) ?? "";
  }

  async title(): Promise<string> {
    return (await this.page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  }

  /** Types over an own dataset's title and source line in the Data panel, as a user would. */
  async editTitleAndSourceLine(title: string, sourceLine: string): Promise<void> {
    await this.page.getByText("Edit title and source line").click();
    for (const [label, value] of [
      ["Title", title],
      ["Source line", sourceLine],
    ] as const) {
      const field = this.page.getByLabel(label, { exact: true });
      await field.fill(value);
      await field.press("Enter");
    }
  }

  /** The matrix view's table. */
  matrix() {
    return this.page.locator("table.matrix");
  }

  /** Row and column header names of the matrix, as assistive technology reads them. */
  async matrixHeaders(): Promise<{ rows: string[]; columns: string[] }> {
    const rows = await this.matrix()
      .locator('tbody th[scope="row"] button')
      .evaluateAll((els) => els.map((el) => el.firstChild?.textContent?.trim() ?? ""));
    const columns = await this.matrix().locator('thead th[scope="col"] .matrix-col-name').allTextContents();
    return { rows, columns };
  }

  /** The "No link on …" region and the names it lists. */
  async noLinkOn(label: string | RegExp): Promise<string[]> {
    const region = this.page.getByRole("region", { name: label });
    await region.waitFor();
    return region.locator(".gaps-list li button").allTextContents();
  }

  /** Countries the map outlines as "no link on this" (the polygons of the outline layer's own source). */
  async outlinedAsGaps(): Promise<string[]> {
    await this.mapSettled();
    return this.page.evaluate(() => {
      const map = window.__atlasMap;
      if (!map) return [];
      return [...new Set(map.querySourceFeatures("gaps").map((f) => String(f.properties.iso3)))];
    });
  }

  async viewSummary(): Promise<string> {
    return (
      (await this.page
        .getByRole("region", { name: /^(Summary of this view|Résumé de cette vue|Zusammenfassung dieser Ansicht)$/ })
        .getByTestId("view-summary")
        .textContent()) ?? ""
    );
  }

  /** Every request the page makes while `action` runs, to any address. */
  async requestsDuring(action: () => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    // The tab's icon is the browser's own request, made whenever it gets round to it: not the atlas's.
    const onRequest = (req: { url(): string }) => {
      if (!new URL(req.url()).pathname.endsWith("/favicon.svg")) seen.push(req.url());
    };
    this.page.on("request", onRequest);
    try {
      await action();
    } finally {
      this.page.off("request", onRequest);
    }
    return seen;
  }
}

/** The flows `links` draw, as AtlasDriver.drawnFlows names them: one per Member State, partner and framework. */
export function flowKeysOf(links: readonly { member_state: string; partner: string; framework: string }[]): string[] {
  return [...new Set(links.map((l) => `${l.member_state}>${l.partner}>${l.framework}`))].sort();
}
