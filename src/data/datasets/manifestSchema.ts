/**
 * The manifest's schema (zod), apart from manifest.ts: only the import worker checks manifests,
 * and the page, which reads manifests already checked, then carries no zod (issue #9).
 */
// zod's CSP-safe mode before any schema is used: these load in lazy chunks (the CSV writer) and
// the worker, not after main.tsx, so each sets it itself.
import "../zodConfig.ts";
import { z } from "zod/mini";

/** A text given once, or per UI language ({ "en": …, "fr": …, "de": … }). */
const LOCALIZED = 'a text, or one per language such as {"en": "…", "fr": "…", "de": "…"} with at least "en"';
const text = () => z.string().check(z.trim(), z.minLength(1));
const localized = z.union(
  [text(), z.partialRecord(z.enum(["en", "fr", "de"]), text()).check(z.refine((r) => typeof r.en === "string", { error: LOCALIZED }))],
  { error: LOCALIZED },
);
export type LocalizedText = z.output<typeof localized>;

const vocabularyEntry = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, { error: "a lowercase id such as eu_camm" })),
  label: localized,
  /** Statuses only: drawn dashed, as not (yet) in place. */
  tentative: z.optional(z.boolean()),
  /** Statuses only: a Member State that takes part without signing (drawn dotted). */
  participation: z.optional(z.boolean()),
  /** Frameworks only: a colour from a colour-blind-safe set; without one, the next of the default set. */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, { error: "a colour such as #0072B2" }))),
});
export type VocabularyEntry = z.output<typeof vocabularyEntry>;

const isoDate = z.string().check(z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)" }));
const year = () => z.int().check(z.gte(1900), z.lte(2100));

const storySlide = z.object({ title: localized, note: z.optional(localized), query: z.string().check(z.maxLength(2000)) });

export const manifestSchema = z.object({
  format: z.literal(2, { error: "format 2" }),
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "a lowercase slug such as emn-ahq-2010" })),
  title: localized,
  /** A few words for tight places: the comparison's status line and legend ("2010 query"). */
  short_title: z.optional(localized),
  description: z.optional(localized),
  citation: localized,
  as_of: isoDate,
  /** The years the timeline spans, when wider than the dates in the data (e.g. [2015, 2026]). */
  years: z.optional(z.tuple([year(), year()])),
  source_text: z.optional(z.string().check(z.regex(/^[^/\\][^\\]*\.txt$/, { error: "a .txt file inside the dataset folder" }))),
  origins: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{3}$/, { error: "alpha-3 codes" }))).check(z.minLength(1))),
  vocabulary: z.optional(
    z.object({
      frameworks: z.optional(z.array(vocabularyEntry)),
      statuses: z.optional(z.array(vocabularyEntry)),
      themes: z.optional(z.array(vocabularyEntry)),
    }),
  ),
  /** A built-in story by id (its titles are counted from the data), or a deck of slides. */
  story: z.optional(z.union([z.string(), z.object({ title: localized, slides: z.array(storySlide).check(z.minLength(1), z.maxLength(50)) })])),
});

export type Manifest = z.output<typeof manifestSchema>;
