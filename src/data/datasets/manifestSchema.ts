/**
 * The manifest's schema (zod), apart from manifest.ts: only the import worker checks manifests,
 * and the page, which reads manifests already checked, then carries no zod (issue #9).
 */
// zod's CSP-safe mode before any schema is used: these load in lazy chunks (the CSV writer) and
// the worker, not after main.tsx, so each sets it itself.
import "../zodConfig.ts";
import { z } from "zod";

/** A text given once, or per UI language ({ "en": …, "fr": …, "de": … }). */
const LOCALIZED = 'a text, or one per language such as {"en": "…", "fr": "…", "de": "…"} with at least "en"';
const localized = z.union(
  [z.string().trim().min(1), z.partialRecord(z.enum(["en", "fr", "de"]), z.string().trim().min(1)).refine((r) => typeof r.en === "string", { error: LOCALIZED })],
  { error: LOCALIZED },
);
export type LocalizedText = z.output<typeof localized>;

const vocabularyEntry = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: "a lowercase id such as eu_camm" }),
  label: localized,
  /** Statuses only: drawn dashed, as not (yet) in place. */
  tentative: z.boolean().optional(),
  /** Statuses only: a Member State that takes part without signing (drawn dotted). */
  participation: z.boolean().optional(),
  /** Frameworks only: a colour from a colour-blind-safe set; without one, the next of the default set. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "a colour such as #0072B2" }).optional(),
});
export type VocabularyEntry = z.output<typeof vocabularyEntry>;

const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)" });

const storySlide = z.object({ title: localized, note: localized.optional(), query: z.string().max(2000) });

export const manifestSchema = z.object({
  format: z.literal(2, { error: "format 2" }),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "a lowercase slug such as emn-ahq-2010" }),
  title: localized,
  /** A few words for tight places: the comparison's status line and legend ("2010 query"). */
  short_title: localized.optional(),
  description: localized.optional(),
  citation: localized,
  as_of: isoDate,
  /** The years the timeline spans, when wider than the dates in the data (e.g. [2015, 2026]). */
  years: z.tuple([z.number().int().min(1900).max(2100), z.number().int().min(1900).max(2100)]).optional(),
  source_text: z.string().regex(/^[^/\\][^\\]*\.txt$/, { error: "a .txt file inside the dataset folder" }).optional(),
  origins: z.array(z.string().regex(/^[A-Z]{3}$/, { error: "alpha-3 codes" })).min(1).optional(),
  vocabulary: z
    .object({ frameworks: z.array(vocabularyEntry).optional(), statuses: z.array(vocabularyEntry).optional(), themes: z.array(vocabularyEntry).optional() })
    .optional(),
  /** A built-in story by id (its titles are counted from the data), or a deck of slides. */
  story: z.union([z.string(), z.object({ title: localized, slides: z.array(storySlide).min(1).max(50) })]).optional(),
});

export type Manifest = z.output<typeof manifestSchema>;
