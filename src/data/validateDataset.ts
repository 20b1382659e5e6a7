/**
 * The one gate every dataset passes: `npm run validate`, the bundled datasets and a user's own
 * files all go through here. Returns the dataset built from the valid rows, and every problem
 * found, each naming file, row, column, value and what was expected.
 */
import { isKnownCountry } from "../i18n/countryNames.ts";
import { datasetVocabulary } from "./datasets/datasetVocabulary.ts";
import { defaultManifest, type Manifest } from "./datasets/manifest.ts";
import { manifestSchema } from "./datasets/manifestSchema.ts";
import { DATA_FILES, type Dataset, type DatasetFiles, type TableInput, type TableKey } from "./dataset.ts";
import { resolveCountry } from "./import/resolveCountry.ts";
import { generateIds } from "./linkIds.ts";
import { readDelimited, tableFromRows, withoutMalformed, type TableSpec } from "./parseCsv.ts";
import {
  MEMBER_STATE_COLUMNS, PARTNERSHIP_COLUMNS, REGION_COLUMNS, SOURCE_COLUMNS,
  memberStateRowSchema, partnershipRowSchema, regionRowSchema, sourceRowSchema,
} from "./schemas.ts";
import { validateRows, type ValidRow } from "./validateRows.ts";
import type { ValidationIssue } from "./validationIssue.ts";
import { EVER_MEMBER_STATES } from "./vocabulary.ts";

export interface ValidateOptions {
  /** Called now and then with a share of the work done, 0–1. */
  onProgress?(share: number): void;
}

/** The fewest words a quote checked against the source may have (the bundled ones have 7 or more). */
export const MIN_QUOTE_WORDS = 4;

const SPECS: Record<TableKey, TableSpec> = {
  partnerships: { columns: PARTNERSHIP_COLUMNS, required: ["member_state", "partner"] },
  memberStates: { columns: MEMBER_STATE_COLUMNS, required: MEMBER_STATE_COLUMNS },
  regions: { columns: REGION_COLUMNS, required: ["id", "name", "lon", "lat"] },
  sources: { columns: SOURCE_COLUMNS, required: ["id", "title"] },
};

function duplicates<T>(rows: ValidRow<T>[], key: (v: T) => string, fileName: string, column: string): ValidationIssue[] {
  const seen = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  for (const { line, value } of rows) {
    const k = key(value);
    const first = seen.get(k);
    if (first !== undefined) issues.push({ file: fileName, row: line, column, value: k, expected: `a unique ${column} (already used on row ${first})` });
    else seen.set(k, line);
  }
  return issues;
}

function readManifest(files: DatasetFiles, name: string): { manifest: Manifest; issues: ValidationIssue[] } {
  const fallback = files.fallbackManifest ?? defaultManifest("dataset", new Date().toISOString().slice(0, 10));
  if (files.manifest === undefined) return { manifest: fallback, issues: [] };
  let json: unknown;
  try {
    json = JSON.parse(files.manifest.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { manifest: fallback, issues: [{ file: name, row: 1, column: "", value: "", expected: `well-formed JSON (${e instanceof Error ? e.message : String(e)})` }] };
  }
  const result = manifestSchema.safeParse(json);
  if (result.success) return { manifest: result.data, issues: [] };
  const issues = result.error.issues.map((i) => ({ file: name, row: 1, column: i.path.join("."), value: "", expected: i.message }));
  return { manifest: fallback, issues };
}

export function validateDataset(files: DatasetFiles, options: ValidateOptions = {}): { dataset: Dataset; issues: ValidationIssue[] } {
  const name = (key: TableKey | "manifest") => files.names?.[key] ?? `data/${DATA_FILES[key]}`;
  const { manifest, issues } = readManifest(files, name("manifest"));
  if (files.expectedId && files.manifest !== undefined && manifest.id !== files.expectedId) {
    issues.push({ file: name("manifest"), row: 1, column: "id", value: manifest.id, expected: `the folder's name, "${files.expectedId}" (links name a dataset by it)` });
  }
  const vocabulary = datasetVocabulary(manifest);
  const origins = manifest.origins ?? [...EVER_MEMBER_STATES];
  const isOrigin = (code: string) => origins.includes(code);
  const sourceText = manifest.source_text ? files.sourceText : undefined;
  if (manifest.source_text && files.sourceText === undefined) {
    issues.push({ file: name("manifest"), row: 1, column: "source_text", value: manifest.source_text, expected: "a source text file given with the dataset" });
  }

  const table = (key: TableKey, input: TableInput | undefined) => {
    if (input === undefined) return { table: { file: name(key), rows: [] }, issues: [] };
    const read = typeof input === "string" ? readDelimited(name(key), input) : { rows: input, issues: [] };
    return withoutMalformed(read.issues, tableFromRows(name(key), read.rows, SPECS[key]));
  };
  const progress = (from: number, to: number) => (done: number, total: number) => options.onProgress?.(from + ((to - from) * done) / Math.max(total, 1));

  const regionsTable = table("regions", files.regions);
  const regions = validateRows(regionsTable.table, regionRowSchema);
  const regionIds = new Set(regions.rows.map((r) => r.value.id));
  const sourcesTable = table("sources", files.sources);
  const sources = validateRows(sourcesTable.table, sourceRowSchema);
  const statesTable = table("memberStates", files.memberStates);
  const states = validateRows(statesTable.table, memberStateRowSchema(sourceText !== undefined));
  options.onProgress?.(0.05);

  const originsText = origins.length <= 30 ? ` (${origins.join(", ")})` : "";
  const linksTable = table("partnerships", files.partnerships);
  const resolved = new Map<string, ReturnType<typeof resolveCountry>>();
  // Close names cost a search through every name: a file with swapped columns would spend
  // minutes on them, so only the first few hundred unknown values get suggestions.
  let unknown = 0;
  const resolve = (cell: string) => {
    let r = resolved.get(cell);
    if (!r) {
      r = resolveCountry(cell, unknown < 300);
      if (!("code" in r)) unknown++;
      resolved.set(cell, r);
    }
    return r;
  };
  const unknownPlace = (cell: string, what: string) => {
    const r = resolve(cell);
    const closest = "suggestions" in r && r.suggestions.length > 0 ? `; closest: ${r.suggestions.join(", ")}` : "";
    return { expected: `${what}: an alpha-3 or alpha-2 code, or a country name in English, French or German${closest}` };
  };
  const linkProgress = progress(0.05, 0.95);
  const links = validateRows(
    linksTable.table,
    partnershipRowSchema({
      vocabulary,
      quoteRequired: sourceText !== undefined,
      place(column, raw) {
        const cell = raw.trim();
        if (cell === "") return { expected: column === "member_state" ? "the Member State (or EU origin) of the link" : "the partner of the link" };
        if (regionIds.has(cell)) return { id: cell };
        const r = resolve(cell);
        if (!("code" in r)) return unknownPlace(cell, column === "member_state" ? "a Member State" : "a third country or a region id from regions.csv");
        if (column === "member_state") {
          return isOrigin(r.code) ? { id: r.code } : { expected: `a country that may stand as Member State in this dataset${originsText}` };
        }
        return isOrigin(r.code) ? { expected: "a third country, not a Member State" } : { id: r.code };
      },
    }),
    (done) => linkProgress(done, linksTable.table.rows.length),
  );

  // Appended one by one: a file with 100,000 bad rows would overflow push(...spread).
  const add = (...lists: ValidationIssue[][]) => { for (const list of lists) for (const issue of list) issues.push(issue); };
  add(regionsTable.issues, regions.issues, sourcesTable.issues, sources.issues, statesTable.issues, states.issues, linksTable.issues, links.issues);
  const idIssues = duplicates(links.rows.filter((r) => r.value.id !== ""), (r) => r.id, name("partnerships"), "id");
  add(idIssues, duplicates(states.rows, (r) => r.code, name("memberStates"), "code"), duplicates(regions.rows, (r) => r.id, name("regions"), "id"), duplicates(sources.rows, (r) => r.id, name("sources"), "id"));

  const sourceIds = new Set(sources.rows.map((r) => r.value.id));
  // A quote proves a link only if it says something: "a" or "Yes" occurs in any document.
  const quoteProblem = (quote: string): string | null => {
    if (sourceText === undefined || quote === "") return null;
    if (quote.split(/\s+/).filter(Boolean).length < MIN_QUOTE_WORDS) return `a quote of at least ${MIN_QUOTE_WORDS} words copied from the source document`;
    return sourceText.includes(quote) ? null : "text that occurs verbatim in the source document";
  };
  const f = name("partnerships");
  const bad = new Set<number>(idIssues.map((i) => i.row));
  const problem = (line: number, column: string, value: string, expected: string) => {
    issues.push({ file: f, row: line, column, value, expected });
    bad.add(line);
  };
  for (const { line, value: r } of links.rows) {
    // Without sources.csv a source cell is free text, shown as it is.
    if (files.sources !== undefined && r.source && !sourceIds.has(r.source)) problem(line, "source", r.source, "a source id from sources.csv");
    const quoteIssue = quoteProblem(r.quote);
    if (quoteIssue) problem(line, "quote", r.quote, quoteIssue);
    // Compare at the coarser precision: start 2010-05 and end 2010 is a valid range.
    if (r.start && r.end && r.end.slice(0, r.start.length) < r.start.slice(0, r.end.length)) problem(line, "end", r.end, `a date not before start (${r.start})`);
  }
  for (const { line, value: r } of states.rows) {
    const sf = name("memberStates");
    if (!isOrigin(r.code)) issues.push({ file: sf, row: line, column: "code", value: r.code, expected: `a country that may stand as Member State in this dataset${originsText}` });
    const quoteIssue = quoteProblem(r.quote);
    if (quoteIssue) issues.push({ file: sf, row: line, column: "quote", value: r.quote, expected: quoteIssue });
  }
  for (const { line, value: r } of regions.rows) {
    for (const m of r.members) {
      if (!isKnownCountry(m)) issues.push({ file: name("regions"), row: line, column: "members", value: m, expected: "alpha-3 codes of known countries" });
    }
  }
  if (files.partnerships !== undefined && linksTable.table.rows.length === 0 && linksTable.issues.length === 0) {
    issues.push({ file: f, row: 2, column: "member_state", value: "", expected: "at least one row of data below the header" });
  }

  const valid = links.rows.filter((r) => !bad.has(r.line)).map((r) => r.value);
  const taken = new Set(valid.map((l) => l.id).filter(Boolean));
  const dataset: Dataset = {
    manifest,
    vocabulary,
    origins,
    links: generateIds(valid, (l) => [l.member_state, l.partner, l.framework, l.instrument, l.status, l.themes.join(";"), l.start, l.end, l.source, l.quote].join("\u241f"), taken),
    memberStates: new Map(states.rows.map((r) => [r.value.code, r.value])),
    regions: new Map(regions.rows.map((r) => [r.value.id, r.value])),
    sources: new Map(sources.rows.map((r) => [r.value.id, r.value])),
    hasResponses: files.memberStates !== undefined,
    untitled: files.manifest === undefined,
  };
  options.onProgress?.(1);
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
  return { dataset, issues };
}
