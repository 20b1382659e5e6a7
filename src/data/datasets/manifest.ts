/**
 * The dataset manifest (`dataset.json`, format 2 of the data contract): what a dataset is, how it
 * is cited, and what it adds to the contract's vocabularies. Pure; manifestSchema.ts checks it where it enters.
 */
import type { LocalizedText, Manifest } from "./manifestSchema.ts";

export type { LocalizedText, Manifest, VocabularyEntry } from "./manifestSchema.ts";

export function localize(text: LocalizedText, locale: string): string {
  if (typeof text === "string") return text;
  return (text as Partial<Record<string, string>>)[locale] ?? text.en ?? "";
}

/** The manifest of a file opened without one: the file's name, and today's date as the source line. */
export function defaultManifest(fileName: string, today: string): Manifest {
  const title = fileName.replace(/\.(csv|tsv|txt|xlsx)$/i, "") || "My data";
  return { format: 2, id: "own", title, citation: `${fileName}, opened ${today}`, as_of: today };
}
