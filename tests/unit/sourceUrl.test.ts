import { describe, expect, it } from "vitest";
import { classifySourceUrl, sourceHref } from "../../src/data/sourceUrl.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { formatIssue } from "../../src/data/validationIssue.ts";
import { TINY_SOURCES, tinyFiles } from "../fixtures/tinyDataset.ts";

const withUrl = (url: string) => validateDataset(tinyFiles({ sources: [{ ...TINY_SOURCES[0], url }] }));

describe("a source's url", () => {
  it.each([
    "",
    "https://eeas.europa.eu/x_en?lang=en&p=1",
    "http://europa.eu/rapid/press-release_IP-08-894_en.htm",
    "source/emn-ahq-2010.txt",
    "report.pdf",
  ])("accepts %j", (url) => {
    expect(classifySourceUrl(url)).not.toBeNull();
    expect(withUrl(url).issues.map(formatIssue)).toEqual([]);
  });
  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<b>x</b>",
    "file:///etc/passwd",
    "//evil.example/x",
    "/etc/passwd",
    "../other/x.txt",
    "a/../../x",
    "a\\b",
    "https://",
    "ftp://x.org/a",
    "vbscript:x",
  ])("rejects %j with sources.csv, row and column", (url) => {
    expect(classifySourceUrl(url)).toBeNull();
    // The source is then unknown to the links that cite it: those are reported too.
    const issues = withUrl(url).issues.filter((i) => i.column === "url");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: expect.stringMatching(/sources\.csv$/), row: 2, column: "url" });
    expect(issues[0]?.expected).toMatch(/http/);
  });
});

describe("sourceHref", () => {
  it("opens a web address as it is", () => {
    expect(sourceHref("https://eeas.europa.eu/a b", (p) => `/data/x/${p}`)).toBe("https://eeas.europa.eu/a%20b");
  });
  it("opens a relative path inside the dataset's folder", () => {
    expect(sourceHref("source/emn 2010.txt", (p) => `/data/emn-ahq-2010/${p}`)).toBe(
      "/data/emn-ahq-2010/source/emn 2010.txt",
    );
  });
  it("gives no link for a relative path of a dataset without a folder, nor for an empty or bad url", () => {
    expect(sourceHref("source/x.txt", null)).toBeNull();
    expect(sourceHref("", (p) => p)).toBeNull();
    expect(sourceHref("javascript:alert(1)", (p) => p)).toBeNull();
  });
});
