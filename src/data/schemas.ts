/**
 * Row schemas of the data contract. They check each cell on its own; checks that need other
 * rows or files (duplicate ids, known codes, quotes in the source) live in validateDataset.
 * Every error message says what was expected, so the validator can print it after the value.
 */
import { z } from "zod";
import { FRAMEWORKS, RESPONSES, STATUSES, THEMES } from "./vocabulary.ts";

export const PARTNERSHIP_COLUMNS = [
  "id", "member_state", "partner", "framework", "instrument", "status", "themes",
  "start", "end", "other_actors", "source", "quote", "notes",
] as const;
export const MEMBER_STATE_COLUMNS = ["code", "response", "summary", "quote"] as const;
export const REGION_COLUMNS = ["id", "name", "lon", "lat", "members"] as const;
export const SOURCE_COLUMNS = ["id", "title", "publisher", "date", "url"] as const;

const required = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.join(", ")}` });

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "a lowercase slug such as fra-ben-concerted-management",
});
export const alpha3Schema = z.string().regex(/^[A-Z]{3}$/, { error: "an ISO 3166-1 alpha-3 code such as GEO" });
const countryOrRegionSchema = z.string().regex(/^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, {
  error: "an alpha-3 code such as GEO or a region id from data/regions.csv",
});
const DATE_EXPECTED = "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or empty";
const isoDateSchema = z
  .string()
  .regex(/^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$/, { error: DATE_EXPECTED, abort: true })
  // The regex lets 2010-02-31 through; a round trip through Date does not.
  .refine((s) => s.length !== 10 || isCalendarDate(s), { error: DATE_EXPECTED });

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
const listOf = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .transform((s) => s.split(";").map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(item));

export const partnershipRowSchema = z.object({
  id: slugSchema,
  member_state: alpha3Schema,
  partner: countryOrRegionSchema,
  framework: oneOf(FRAMEWORKS),
  instrument: required("the instrument's name"),
  status: oneOf(STATUSES),
  themes: listOf(oneOf(THEMES)),
  start: isoDateSchema,
  end: isoDateSchema,
  other_actors: z.string(),
  source: required("a source id from data/sources.csv"),
  quote: required("a quote copied from the source"),
  notes: z.string(),
});

export const memberStateRowSchema = z.object({
  code: alpha3Schema,
  response: oneOf(RESPONSES),
  summary: required("a one-line summary of the answer"),
  quote: required("a quote copied from the source"),
});

const coordinate = (min: number, max: number, what: string) => {
  const error = `${what} between ${min} and ${max}`;
  // Not z.coerce alone: it would read an empty cell as 0.
  return z.string().trim().min(1, { error }).transform(Number).pipe(z.number({ error }).min(min, { error }).max(max, { error }));
};

export const regionRowSchema = z.object({
  id: slugSchema,
  name: required("the region's name"),
  lon: coordinate(-180, 180, "a longitude"),
  lat: coordinate(-90, 90, "a latitude"),
  members: listOf(alpha3Schema),
});

export const sourceRowSchema = z.object({
  id: slugSchema,
  title: required("the source's title"),
  publisher: required("the publisher"),
  date: isoDateSchema.refine((s) => s !== "", { error: "an ISO date" }),
  url: z.string(),
});

export type PartnershipRow = z.output<typeof partnershipRowSchema>;
export type MemberStateRow = z.output<typeof memberStateRowSchema>;
export type RegionRow = z.output<typeof regionRowSchema>;
export type SourceRow = z.output<typeof sourceRowSchema>;
