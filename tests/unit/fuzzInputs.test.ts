/**
 * Seeded fuzzing of what users hand the atlas: 1,200 mutated edge lists through the importer and
 * 1,200 mutated links through the URL parser. Nothing may throw past the validator, nothing
 * corrupt may load without an issue, and every issue names file, row and column.
 */
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { importFiles, type OpenedFile } from "../../src/data/import/importFiles.ts";
import { detectDelimiter } from "../../src/data/parseCsv.ts";
import { STATUSES, THEMES, FRAMEWORKS, MEMBER_STATES_2010 } from "../../src/data/vocabulary.ts";
import { isKnownCountry } from "../../src/i18n/countryNames.ts";
import { parseUrlState, serializeUrlState } from "../../src/state/urlState.ts";

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
}
type Rng = ReturnType<typeof random>;

const HEADER = [
  "member_state",
  "partner",
  "framework",
  "instrument",
  "status",
  "themes",
  "start",
  "end",
  "quote",
  "notes",
];
const ROWS = [
  [
    "France",
    "Sénégal",
    "bilateral",
    "Accord de gestion concertée",
    "in_force",
    "legal_migration;development",
    "2006-09-23",
    "",
    "",
    "signed in Dakar",
  ],
  ["DEU", "GEO", "eu_mobility_partnership", "Mobility Partnership", "ongoing", "readmission", "2009-11", "", "", ""],
  ["ES", "Mali", "bilateral", "Framework agreement", "signed", "legal_migration", "2007", "2010", "", "with IOM"],
  [
    "Italy",
    "Tunisia",
    "bilateral",
    "Readmission agreement",
    "in_force",
    "readmission;voluntary_return",
    "1998",
    "",
    "",
    "",
  ],
  ["Poland", "Moldova", "eu_mobility_partnership", "", "ongoing", "", "2008-06-05", "", "", ""],
  [
    "Niederlande",
    "Kap Verde",
    "eu_mobility_partnership",
    "",
    "ongoing",
    "capacity_building",
    "2008",
    "",
    "",
    "a note; with a semicolon",
  ],
];

const toText = (rows: string[][], delimiter: string) => Papa.unparse(rows, { delimiter, newline: "\r\n" });

/** Changes that always corrupt the file: each must be reported. */
const CORRUPTIONS: { name: string; apply(rows: string[][], rng: Rng): string[][] }[] = [
  {
    name: "a column twice",
    apply: (rows, rng) => {
      const c = rng.int(HEADER.length);
      return rows.map((r, i) => [...r, i === 0 ? (r[c] ?? "") : "x"]);
    },
  },
  {
    name: "a short row",
    apply: (rows, rng) => {
      const i = 1 + rng.int(rows.length - 1);
      return rows.map((r, j) => (j === i ? r.slice(0, 1 + rng.int(r.length - 1)) : r));
    },
  },
  {
    name: "a long row",
    apply: (rows, rng) => {
      const i = 1 + rng.int(rows.length - 1);
      return rows.map((r, j) => (j === i ? [...r, "extra"] : r));
    },
  },
  { name: "only the header", apply: (rows) => rows.slice(0, 1) },
  {
    name: "an unknown country",
    apply: (rows, rng) =>
      setCell(rows, rng, rng.pick([0, 1]), `Zq${String.fromCharCode(97 + rng.int(26)).repeat(3)}land`),
  },
  {
    name: "a bad date",
    apply: (rows, rng) => setCell(rows, rng, 6, rng.pick(["2010-13-01", "31/12/2010", "20100", "2010-02-30x"])),
  },
  {
    name: "an unknown status",
    apply: (rows, rng) => setCell(rows, rng, 4, rng.pick(["done", "ratifed", "in force!"])),
  },
  { name: "an unknown theme", apply: (rows, rng) => setCell(rows, rng, 5, "readmission;tourism") },
  { name: "a Member State as partner", apply: (rows, rng) => setCell(rows, rng, 1, "FRA") },
];

function setCell(rows: string[][], rng: Rng, column: number, value: string): string[][] {
  const i = 1 + rng.int(rows.length - 1);
  return rows.map((r, j) => (j === i ? r.map((c, k) => (k === column ? value : c)) : r));
}

const NOISE = ['"', ",", ";", "\t", "\n", "\r", "\uFEFF", "\u0000", "=", "é", "\u202E", " ", "'", "\u00A0"];
/** Byte-level damage: anything may happen, but nothing may vanish silently. */
function damage(text: string, rng: Rng): string {
  let out = text;
  for (let n = 1 + rng.int(4); n > 0; n--) {
    const at = rng.int(out.length + 1);
    const op = rng.int(4);
    if (op === 0) out = out.slice(0, at) + rng.pick(NOISE) + out.slice(at);
    else if (op === 1) out = out.slice(0, at) + out.slice(at + 1 + rng.int(5));
    else if (op === 2) out = out.slice(0, at);
    else out = out.slice(0, at) + out.slice(at, at + 20).toUpperCase() + out.slice(at + 20);
  }
  return out;
}

const opened = (name: string, text: string): OpenedFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
};

/** Data records below the header that are not blank, counted by the CSV reader itself. */
function dataRecords(text: string): number {
  const body = text.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(body);
  return Papa.parse<string[]>(body, { delimiter })
    .data.slice(1)
    .filter((r) => r.some((c) => c.trim() !== "")).length;
}

async function check(text: string) {
  const r = await importFiles([opened("links.csv", text)], { id: "own-fuzz", today: "2026-11-28" });
  for (const issue of r.issues) {
    expect(issue.file).toBe("links.csv");
    expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    expect(issue.column, JSON.stringify(issue)).not.toBe("");
    expect(issue.expected).not.toBe("");
  }
  for (const l of r.dataset.links) {
    expect(isKnownCountry(l.member_state) || r.dataset.regions.has(l.member_state)).toBe(true);
    expect(isKnownCountry(l.partner) || r.dataset.regions.has(l.partner)).toBe(true);
  }
  // Unless the header itself is broken, every data record loads or is reported: none vanishes.
  const records = dataRecords(text);
  if (records === 0) expect(r.issues.length, `no data loaded silently:\n${text}`).toBeGreaterThan(0);
  else if (!r.issues.some((i) => i.row === 1)) expect(r.rows, text).toBe(records);
  return r;
}

describe("fuzz: mutated edge lists through the importer", () => {
  it("loads the unmutated file in both separators without an issue", async () => {
    for (const d of [",", ";", "\t"]) {
      const r = await check(toText([HEADER, ...ROWS], d));
      expect(r.issues).toEqual([]);
      expect(r.dataset.links).toHaveLength(ROWS.length);
    }
  });

  // A minute, not five seconds: a loaded two-core machine is slow, and this is a count, not a timing.
  it("reports every one of 600 seeded corruptions, naming file, row and column", { timeout: 60_000 }, async () => {
    const rng = random(20261128);
    for (let n = 0; n < 600; n++) {
      const corruption = rng.pick(CORRUPTIONS);
      const text = toText(corruption.apply([HEADER, ...ROWS], rng), rng.pick([",", ";", "\t"]));
      const r = await check(text);
      expect(r.issues.length, `${corruption.name}:\n${text}`).toBeGreaterThan(0);
    }
  });

  it("survives 600 seeded byte-level damages: no throw, nothing lost silently", { timeout: 60_000 }, async () => {
    const rng = random(7);
    for (let n = 0; n < 600; n++) await check(damage(toText([HEADER, ...ROWS], rng.pick([",", ";"])), rng));
  });
});

const BASE_LINKS = [
  "theme=readmission,legal_migration&match=all&ms=FRA,DEU&partner=SEN&view=table",
  "framework=bilateral&status=in_force,signed&select=GEO&camera=10.5,45.2,3.5&lang=fr",
  "view=matrix&sort=links&gaps=1&theme=trafficking",
  "at=2013-06&since=2010&dataset=eu-mobility-partnerships",
  "present=1&slide=3&embed=1&compare=eu-partnerships-2015-2026",
];
const URL_NOISE = [
  "%",
  "%E0%A4%A",
  "&",
  "=",
  ",",
  "%00",
  "\u202E",
  "+",
  "#",
  "?",
  "theme=",
  "&&&",
  "%2C",
  "select=fra",
  "camera=999,0,0",
  "slide=0",
];

function mutateLink(link: string, rng: Rng): string {
  let out = link;
  for (let n = 1 + rng.int(5); n > 0; n--) {
    const at = rng.int(out.length + 1);
    const op = rng.int(4);
    if (op === 0) out = out.slice(0, at) + rng.pick(URL_NOISE) + out.slice(at);
    else if (op === 1) out = out.slice(0, at) + out.slice(at + 1 + rng.int(6));
    else if (op === 2) out = `${out}&${rng.pick(["theme", "ms", "partner", "x", "deck"])}=${"A,".repeat(rng.int(400))}`;
    else out = out + "&" + out.slice(0, at);
  }
  return out;
}

describe("fuzz: mutated links through the URL parser", () => {
  const ctx = {
    isKnownPlace: (id: string) => isKnownCountry(id),
    isDataset: (id: string) => ["emn-ahq-2010", "eu-mobility-partnerships", "eu-partnerships-2015-2026"].includes(id),
  };

  it(
    "opens 1,200 seeded mangled links: no throw, only known values, a canonical round trip",
    { timeout: 60_000 },
    () => {
      const rng = random(42);
      for (let n = 0; n < 1200; n++) {
        const link = mutateLink(rng.pick(BASE_LINKS), rng);
        const { state } = parseUrlState(link, ctx);
        expect(state.filters.themes.every((t) => (THEMES as readonly string[]).includes(t))).toBe(true);
        expect(state.filters.statuses.every((s) => (STATUSES as readonly string[]).includes(s))).toBe(true);
        expect(state.filters.frameworks.every((f) => (FRAMEWORKS as readonly string[]).includes(f))).toBe(true);
        expect(state.filters.memberStates.every((m) => (MEMBER_STATES_2010 as readonly string[]).includes(m))).toBe(
          true,
        );
        const again = parseUrlState(serializeUrlState(state), ctx);
        expect(again.dropped, link).toEqual([]);
        expect(again.state, link).toEqual(state);
      }
    },
  );
});
