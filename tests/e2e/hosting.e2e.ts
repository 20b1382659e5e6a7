// What a web host serves besides the page: real files, not the atlas's HTML under another name.
import { describe, expect, inject, it } from "vitest";

const fetchFromBuild = (path: string) => fetch(new URL(path, inject("baseUrl")));

describe("files a host serves", () => {
  it("serves robots.txt as text that a crawler understands", async () => {
    const res = await fetchFromBuild("robots.txt");
    expect(res.ok).toBe(true);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/^User-agent: \*$/m);
  });

  it("serves the favicon the page names, as an SVG picture", async () => {
    const html = await (await fetchFromBuild("")).text();
    const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
    expect(href).toBe("./favicon.svg");
    const res = await fetchFromBuild(href ?? "");
    expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(await res.text()).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
  });
});
