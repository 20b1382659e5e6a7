/**
 * Row schemas of the data contract. They check each cell on its own; checks that need other
 * rows or files (duplicate ids, known codes, quotes in the source) live in validateDataset.
 * Every error message says what was expected, so the validator can print it after the value.
 */
// zod's CSP-safe mode before any schema is used: these load in lazy chunks (the CSV writer) and
// the worker, not after main.tsx, so each sets it itself.
import "./zodConfig.ts";
import { z } from "zod/mini";
import type { DatasetVocabulary } from "./datasets/datasetVocabulary.ts";
import { RESPONSES } from "./vocabulary.ts";
import { SOURCE_URL_EXPECTED, classifySourceUrl } from "./sourceUrl.ts";

export const PARTNERSHIP_COLUMNS = [
  "id", "member_state", "partner", "framework", "instrument", "status", "themes",
  "start", "end", "other_actors", "source", "quote", "notes",
] as const;
export const MEMBER_STATE_COLUMNS = ["code", "response", "summary", "quote"] as const;
export const REGION_COLUMNS = ["id", "name", "lon", "lat", "members"] as const;
export const SOURCE_COLUMNS = ["id", "title", "publisher", "date", "url", "lang"] as const;

const required = (what: string) => z.string({ error: what }).check(z.trim(), z.minLength(1, { error: what }));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.join(", ")}` });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().check(z.regex(SLUG, { error: "a lowercase slug such as fra-ben-concerted-management" }));
export const alpha3Schema = z.string().check(z.regex(/^[A-Z]{3}$/, { error: "an ISO 3166-1 alpha-3 code such as GEO" }));
const DATE_EXPECTED = "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or empty";
const isoDateSchema = z.string().check(
  z.trim(),
  z.regex(/^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$/, { error: DATE_EXPECTED, abort: true }),
  // The regex lets 2010-02-31 through; a round trip through Date does not.
  z.refine((s) => s.length !== 10 || isCalendarDate(s), { error: DATE_EXPECTED }),
);

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
const listOf = <T extends z.ZodMiniType<string, string>>(item: T) =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s: string) => s.split(";").map((t) => t.trim()).filter(Boolean)),
    ),
    z.array(item),
  );
const trimmed = () => z.string().check(z.trim());

export interface PartnershipRules {
  vocabulary: DatasetVocabulary;
  /** A cell of member_state or partner → the id to store, or the message that says what was expected. */
  place(column: "member_state" | "partner", cell: string): { id: string } | { expected: string };
  /** Whether quotes are checked against a source text, and so required. */
  quoteRequired: boolean;
}

/**
 * A row of the edge list. Only member_state and partner are required of a user's file; an empty
 * id is generated afterwards, an empty framework or status reads as "not given".
 */
export function partnershipRowSchema(rules: PartnershipRules) {
  const place = (column: "member_state" | "partner") =>
    z.pipe(
      z.string(),
      z.transform((cell: string, ctx) => {
        const r = rules.place(column, cell);
        if ("id" in r) return r.id;
        ctx.issues.push({ code: "custom", message: r.expected, input: cell });
        return z.NEVER;
      }),
    );
  const optionalOneOf = (values: string[]) =>
    trimmed().check(z.refine((v) => v === "" || values.includes(v), { error: `one of ${values.join(", ")} (or empty)` }));
  return z.object({
    id: trimmed().check(
      z.refine((v) => v === "" || SLUG.test(v), { error: "a lowercase slug such as fra-ben-concerted-management (or empty, to have one made)" }),
    ),
    member_state: place("member_state"),
    partner: place("partner"),
    framework: optionalOneOf(rules.vocabulary.frameworks),
    instrument: trimmed(),
    status: optionalOneOf(rules.vocabulary.statuses),
    themes: listOf(z.string().check(z.refine((v) => rules.vocabulary.themes.includes(v), { error: `one of ${rules.vocabulary.themes.join(", ")}` }))),
    start: isoDateSchema,
    end: isoDateSchema,
    other_actors: z.string(),
    source: trimmed(),
    quote: rules.quoteRequired ? required("a quote copied from the source") : trimmed(),
    notes: z.string(),
  });
}

export const memberStateRowSchema = (quoteRequired: boolean) =>
  z.object({
    code: alpha3Schema,
    response: oneOf(RESPONSES),
    summary: required("a one-line summary of the answer"),
    quote: quoteRequired ? required("a quote copied from the source") : trimmed(),
  });

const coordinate = (min: number, max: number, what: string) => {
  const error = `${what} between ${min} and ${max}`;
  // Not z.coerce alone: it would read an empty cell as 0.
  return z.pipe(
    z.pipe(z.string().check(z.trim(), z.minLength(1, { error })), z.transform(Number)),
    z.number({ error }).check(z.gte(min, { error }), z.lte(max, { error })),
  );
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
  date: isoDateSchema.check(z.refine((s) => s !== "", { error: "an ISO date" })),
  url: z.string().check(z.refine((v) => classifySourceUrl(v) !== null, { error: SOURCE_URL_EXPECTED })),
  lang: trimmed().check(z.regex(/^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?$/, { error: "a language tag such as en, fr or de (or empty)" })),
});

export type PartnershipRow = z.output<ReturnType<typeof partnershipRowSchema>>;
export type MemberStateRow = z.output<ReturnType<typeof memberStateRowSchema>>;
export type RegionRow = z.output<typeof regionRowSchema>;
export type SourceRow = z.output<typeof sourceRowSchema>;
