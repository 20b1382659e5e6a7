import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { summarize } from "../../src/data/filterLinks.ts";
import { importFiles, MAX_FILE_BYTES, type OpenedFile } from "../../src/data/import/importFiles.ts";
import { linksToCsv } from "../../src/data/linksToCsv.ts";
import { formatIssue } from "../../src/data/validationIssue.ts";
import { at } from "../support/at.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/files/", import.meta.url));
const opened = (name: string, content: string | Uint8Array): OpenedFile => {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
};
const fixture = (name: string) => opened(name, new Uint8Array(readFileSync(join(FIXTURES, name))));
const run = (files: OpenedFile[]) => importFiles(files, { id: "own-test", today: "2026-11-28" });
const counts = (r: Awaited<ReturnType<typeof run>>) => summarize(r.dataset.links, (id) => r.dataset.regions.has(id));

describe("importFiles: a French spreadsheet saved by Excel", () => {
  it("reads ;-separated Windows-1252 with French country names and CRLF", async () => {
    const r = await run([fixture("partenariats-fr-cp1252.csv")]);
    expect(r.issues.map(formatIssue)).toEqual([]);
    expect(counts(r)).toEqual({ links: 9, memberStates: 7, partners: 9 });
    const senegal = r.dataset.links.find((l) => l.partner === "SEN");
    expect(senegal).toMatchObject({
      member_state: "FRA",
      framework: "bilateral",
      status: "in_force",
      themes: ["legal_migration", "development"],
      instrument: "Accord relatif à la gestion concertée des flux migratoires",
    });
    expect(r.dataset.links.map((l) => l.partner)).toContain("COD");
  });
  it("gives the dataset the id it is stored under and a default title and source line", async () => {
    const r = await run([fixture("partenariats-fr-cp1252.csv")]);
    expect(r.dataset.manifest).toMatchObject({
      id: "own-test",
      title: "partenariats-fr-cp1252",
      citation: "partenariats-fr-cp1252.csv, opened 2026-11-28",
    });
    expect(r.dataset.untitled).toBe(true);
    expect(r.dataset.hasResponses).toBe(false);
  });
});

describe("importFiles: only member_state and partner are required", () => {
  it("loads a two-column list, making ids that stay the same for the same content", async () => {
    const text = "Member_State,PARTNER\nFR,Morocco\nDE,Georgia\nFR,Morocco\n";
    const a = await run([opened("list.csv", text)]);
    const b = await run([opened("list.csv", text)]);
    expect(a.issues).toEqual([]);
    expect(a.dataset.links.map((l) => [l.member_state, l.partner, l.framework, l.status])).toEqual([
      ["FRA", "MAR", "", ""],
      ["DEU", "GEO", "", ""],
      ["FRA", "MAR", "", ""],
    ]);
    const ids = a.dataset.links.map((l) => l.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toMatch(/^fra-mar-[0-9a-z]{7}$/);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(b.dataset.links.map((l) => l.id)).toEqual(ids);
  });
  it("reads a tab-separated .tsv", async () => {
    const r = await run([opened("list.tsv", "member_state\tpartner\tthemes\nESP\tSEN\treadmission;asylum\n")]);
    expect(r.issues).toEqual([]);
    expect(r.dataset.links[0]).toMatchObject({
      member_state: "ESP",
      partner: "SEN",
      themes: ["readmission", "asylum"],
    });
  });
  it("accepts Croatia and the United Kingdom as Member States: any country that has been one", async () => {
    const r = await run([opened("list.csv", "member_state,partner\nHRV,BIH\nUnited Kingdom,Pakistan\n")]);
    expect(r.issues).toEqual([]);
    expect(r.dataset.links.map((l) => l.member_state)).toEqual(["HRV", "GBR"]);
  });
});

describe("importFiles: problems are listed with file, row, column, value and what was expected", () => {
  it("lists each bad row and keeps the valid ones", async () => {
    const r = await run([fixture("with-bad-rows.csv")]);
    expect(r.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [3, "partner", "Atlantis"],
      [4, "status", "maybe"],
      [5, "status", ""],
      [7, "themes", "sports"],
    ]);
    expect(at(r.issues, 0).expected).toContain("a third country or a region id");
    expect(at(r.issues, 1).expected).toContain("one of ratified, signed");
    expect(at(r.issues, 2).expected).toBe("7 cells, as many as the header has (this row has 4)");
    expect(r.dataset.links.map((l) => l.partner)).toEqual(["SEN", "ARM", "MAR"]);
    expect(r.rows).toBe(7);
  });
  it("reports an empty file", async () => {
    const r = await run([opened("empty.csv", "")]);
    expect(r.issues).toEqual([
      { file: "empty.csv", row: 1, column: "A", value: "", expected: expect.stringContaining("this one is empty") },
    ]);
    expect(r.dataset.links).toEqual([]);
  });
  it("reports a header-only file", async () => {
    const r = await run([opened("header.csv", "member_state,partner\n")]);
    expect(r.issues.map((i) => i.expected)).toEqual(["at least one row of data below the header"]);
  });
  it("reports a duplicated column and loads nothing, rather than let one copy win", async () => {
    const r = await run([opened("dup.csv", "member_state,partner,status,Status\nFRA,MAR,signed,planned\n")]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        file: "dup.csv",
        row: 1,
        column: "status",
        expected: expect.stringContaining("each column once"),
      }),
    ]);
    expect(r.dataset.links).toEqual([]);
  });
  it("reports a file over 50 MB without reading it", async () => {
    const big: OpenedFile = { name: "big.csv", bytes: new ArrayBuffer(MAX_FILE_BYTES + 1) };
    const r = await run([big]);
    expect(r.issues).toEqual([
      expect.objectContaining({ file: "big.csv", expected: expect.stringContaining("at most 50 MB") }),
    ]);
  });
  it("reports a cell over 10,000 characters", async () => {
    const r = await run([
      opened("long.csv", `member_state,partner,notes\nFRA,MAR,${"x".repeat(10_001)}\nESP,SEN,ok\n`),
    ]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: "notes",
        expected: expect.stringContaining("at most 10,000 characters"),
      }),
    ]);
    expect(r.dataset.links).toHaveLength(1);
  });
  it("reports a name it cannot resolve with the closest known names", async () => {
    const r = await run([opened("typo.csv", "member_state,partner\nFrance,Marocco\n")]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        row: 2,
        column: "partner",
        value: "Marocco",
        expected: expect.stringContaining("closest: Morocco (MAR)"),
      }),
    ]);
  });
  it("refuses a file type it cannot read", async () => {
    const r = await run([opened("map.pdf", "%PDF")]);
    expect(r.issues[0]).toMatchObject({
      file: "map.pdf",
      expected: expect.stringContaining(".csv, .tsv, .txt, .xlsx"),
    });
  });
  it("never loads a corrupt workbook as empty with no problem", async () => {
    const r = await run([opened("broken.xlsx", "not a zip at all")]);
    expect(r.issues).toEqual([
      expect.objectContaining({ file: "broken.xlsx", expected: expect.stringContaining("a readable .xlsx workbook") }),
    ]);
    expect(r.dataset.links).toEqual([]);
  });
});

describe("importFiles: Excel workbooks and whole datasets", () => {
  it("reads the first sheet of an .xlsx, dates as ISO dates", async () => {
    const buffer = await writeXlsxFile([
      [{ value: "Member State" }, { value: "Partner" }, { value: "Start" }, { value: "Themes" }],
      [
        { value: "Espagne" },
        { value: "Mali" },
        { value: new Date(Date.UTC(2007, 0, 23)), type: Date, format: "yyyy-mm-dd" },
        { value: "legal_migration" },
      ],
      [{ value: "PT" }, { value: "Cabo Verde" }, { value: 2008, type: Number }, { value: "" }],
    ]).toBuffer();
    const r = await run([opened("liste.xlsx", new Uint8Array(buffer))]);
    expect(r.issues.map(formatIssue)).toEqual([]);
    expect(r.dataset.links.map((l) => [l.member_state, l.partner, l.start])).toEqual([
      ["ESP", "MLI", "2007-01-23"],
      ["PRT", "CPV", "2008"],
    ]);
  });
  it("reads several files of a dataset at once, with its manifest and source text", async () => {
    const manifest = JSON.stringify({
      format: 2,
      id: "ignored",
      title: { en: "Test", fr: "Essai" },
      citation: "Test source",
      as_of: "2020-01-01",
      source_text: "source.txt",
      vocabulary: { frameworks: [{ id: "eu_camm", label: "Common Agenda" }] },
    });
    const r = await run([
      opened("dataset.json", manifest),
      opened("partnerships.csv", "member_state,partner,framework,quote\nFRA,NGA,eu_camm,They signed a common agenda\n"),
      opened(
        "member-states.csv",
        "code,response,summary,quote\nFRA,has_partnership,France has one.,They signed a common agenda\n",
      ),
      opened("source.txt", "They signed a common agenda."),
    ]);
    expect(r.issues.map(formatIssue)).toEqual([]);
    expect(r.dataset.manifest).toMatchObject({ id: "own-test", title: { en: "Test", fr: "Essai" } });
    expect(r.dataset.hasResponses).toBe(true);
    expect(r.dataset.untitled).toBe(false);
    expect(at(r.dataset.links, 0).framework).toBe("eu_camm");
  });
  it("checks quotes against the source text the manifest names", async () => {
    const manifest = JSON.stringify({
      format: 2,
      id: "x",
      title: "T",
      citation: "C",
      as_of: "2020",
      source_text: "source.txt",
    });
    const r = await run([
      opened("dataset.json", manifest),
      opened("partnerships.csv", "member_state,partner,quote\nFRA,NGA,these words are not in it\n"),
      opened("source.txt", "Other words."),
    ]);
    expect(r.issues).toEqual([
      expect.objectContaining({ column: "quote", expected: "text that occurs verbatim in the source document" }),
    ]);
  });
  it("asks which file is the edge list when two unnamed tables come together", async () => {
    const r = await run([
      opened("a.csv", "member_state,partner\nFRA,MAR\n"),
      opened("b.csv", "member_state,partner\nESP,SEN\n"),
    ]);
    expect(at(r.issues, 0).expected).toContain("one edge list");
  });
});

describe("importFiles: a downloaded CSV loads back unchanged", () => {
  it("round-trips the French spreadsheet through Download CSV's format", async () => {
    const first = await run([fixture("partenariats-fr-cp1252.csv")]);
    const csv = linksToCsv(first.dataset.links);
    expect(csv.split("\n")[0]).toBe(
      "id,member_state,partner,framework,instrument,status,themes,start,end,other_actors,source,quote,notes",
    );
    const again = await run([opened("partnerships-filtered.csv", csv)]);
    expect(again.issues).toEqual([]);
    expect(again.dataset.links).toEqual(first.dataset.links);
  });
});
