/**
 * The one gate every data file passes: `npm run validate` and the app both call this.
 * Returns the typed dataset built from the valid rows, and every problem found.
 */
import { isKnownCountry } from "../i18n/countryNames.ts";
import { DATA_FILES, type Dataset, type DatasetFiles } from "./dataset.ts";
import { parseCsv } from "./parseCsv.ts";
import {
  MEMBER_STATE_COLUMNS, PARTNERSHIP_COLUMNS, REGION_COLUMNS, SOURCE_COLUMNS,
  memberStateRowSchema, partnershipRowSchema, regionRowSchema, sourceRowSchema,
} from "./schemas.ts";
import type { ValidRow } from "./validateRows.ts";
import { validateRows } from "./validateRows.ts";
import type { ValidationIssue } from "./validationIssue.ts";
import { MEMBER_STATES_2010, isOneOf } from "./vocabulary.ts";

const file = (key: keyof typeof DATA_FILES) => `data/${DATA_FILES[key]}`;

function load<S extends Parameters<typeof validateRows>[1]>(key: keyof typeof DATA_FILES, text: string, columns: readonly string[], schema: S) {
  const { table, issues } = parseCsv(file(key), text, columns);
  const checked = validateRows(table, schema);
  return { rows: checked.rows, issues: [...issues, ...checked.issues] };
}

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

export function validateDataset(files: DatasetFiles): { dataset: Dataset; issues: ValidationIssue[] } {
  const links = load("partnerships", files.partnerships, PARTNERSHIP_COLUMNS, partnershipRowSchema);
  const states = load("memberStates", files.memberStates, MEMBER_STATE_COLUMNS, memberStateRowSchema);
  const regions = load("regions", files.regions, REGION_COLUMNS, regionRowSchema);
  const sources = load("sources", files.sources, SOURCE_COLUMNS, sourceRowSchema);
  const issues: ValidationIssue[] = [...links.issues, ...states.issues, ...regions.issues, ...sources.issues];

  issues.push(...duplicates(links.rows, (r) => r.id, file("partnerships"), "id"));
  issues.push(...duplicates(states.rows, (r) => r.code, file("memberStates"), "code"));
  issues.push(...duplicates(regions.rows, (r) => r.id, file("regions"), "id"));
  issues.push(...duplicates(sources.rows, (r) => r.id, file("sources"), "id"));

  const regionIds = new Set(regions.rows.map((r) => r.value.id));
  const sourceIds = new Set(sources.rows.map((r) => r.value.id));
  const isMemberState = (code: string) => isOneOf(MEMBER_STATES_2010, code);
  const quoted = (quote: string) => files.sourceText.includes(quote);
  const memberStateExpected = `the alpha-3 code of one of the 27 Member States of 2010 (${MEMBER_STATES_2010.join(", ")})`;

  for (const { line, value: r } of links.rows) {
    const f = file("partnerships");
    if (!isMemberState(r.member_state)) issues.push({ file: f, row: line, column: "member_state", value: r.member_state, expected: memberStateExpected });
    const partnerKnown = regionIds.has(r.partner) || (isKnownCountry(r.partner) && !isMemberState(r.partner));
    if (!partnerKnown) issues.push({ file: f, row: line, column: "partner", value: r.partner, expected: "the alpha-3 code of a third country or a region id from data/regions.csv" });
    if (!sourceIds.has(r.source)) issues.push({ file: f, row: line, column: "source", value: r.source, expected: "a source id from data/sources.csv" });
    if (!quoted(r.quote)) issues.push({ file: f, row: line, column: "quote", value: r.quote, expected: "text that occurs verbatim in the source document" });
    // Compare at the coarser precision: start 2010-05 and end 2010 is a valid range.
    if (r.start && r.end && r.end.slice(0, r.start.length) < r.start.slice(0, r.end.length)) issues.push({ file: f, row: line, column: "end", value: r.end, expected: `a date not before start (${r.start})` });
  }
  for (const { line, value: r } of states.rows) {
    const f = file("memberStates");
    if (!isMemberState(r.code)) issues.push({ file: f, row: line, column: "code", value: r.code, expected: memberStateExpected });
    if (!quoted(r.quote)) issues.push({ file: f, row: line, column: "quote", value: r.quote, expected: "text that occurs verbatim in the source document" });
  }
  for (const { line, value: r } of regions.rows) {
    for (const m of r.members) {
      if (!isKnownCountry(m)) issues.push({ file: file("regions"), row: line, column: "members", value: m, expected: "alpha-3 codes of known countries" });
    }
  }

  const dataset: Dataset = {
    links: links.rows.map((r) => r.value),
    memberStates: new Map(states.rows.map((r) => [r.value.code, r.value])),
    regions: new Map(regions.rows.map((r) => [r.value.id, r.value])),
    sources: new Map(sources.rows.map((r) => [r.value.id, r.value])),
  };
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
  return { dataset, issues };
}
