import type { DatasetVocabulary } from "./datasets/datasetVocabulary.ts";
import type { Manifest } from "./datasets/manifest.ts";
import type { MemberStateRow, PartnershipRow, RegionRow, SourceRow } from "./schemas.ts";

/** A link as the app uses it: a validated row of partnerships.csv, its id always set. */
export type Link = PartnershipRow;
export type MemberStateAnswer = MemberStateRow;
export type Region = RegionRow;
export type Source = SourceRow;

/**
 * One loaded dataset: passed down, never imported. Only plain data (arrays, Maps), so a Web
 * Worker can build it and post it to the page.
 */
export interface Dataset {
  manifest: Manifest;
  vocabulary: DatasetVocabulary;
  /** Countries that may stand in member_state. */
  origins: string[];
  links: Link[];
  memberStates: Map<string, MemberStateAnswer>;
  regions: Map<string, Region>;
  sources: Map<string, Source>;
  /** Whether member-states.csv was given: without it there is no response layer. */
  hasResponses: boolean;
  /** Opened without a dataset.json: the title and source line are the file's name and the day it was opened. */
  untitled?: boolean;
}

/** A table as it arrives: CSV text, or the rows of a spreadsheet. */
export type TableInput = string | string[][];

export type TableKey = "partnerships" | "memberStates" | "regions" | "sources";

/** The files a dataset is made of, as fetched, read from disk or opened by a user. */
export interface DatasetFiles {
  /** dataset.json, as text. */
  manifest?: string;
  partnerships: TableInput;
  memberStates?: TableInput;
  regions?: TableInput;
  sources?: TableInput;
  /** Full text of the source document the manifest names, that quotes must occur in verbatim. */
  sourceText?: string;
  /** The names problems are reported under, e.g. data/emn-ahq-2010/partnerships.csv or "Liste.csv". */
  names?: Partial<Record<TableKey | "manifest", string>>;
  /** The manifest to use when no dataset.json is given (a user's lone edge list). */
  fallbackManifest?: Manifest;
  /** A bundled dataset's folder name: its manifest's id must be the same, since links carry it. */
  expectedId?: string;
}

/** File names inside a dataset folder (data/<id>/). */
export const DATA_FILES: Record<TableKey | "manifest", string> = {
  manifest: "dataset.json",
  partnerships: "partnerships.csv",
  memberStates: "member-states.csv",
  regions: "regions.csv",
  sources: "sources.csv",
};

/** The `source_text` a manifest names, read leniently: the validator reports a broken manifest itself. */
export function namedSourceText(manifest: string | undefined): string | undefined {
  if (!manifest) return undefined;
  try {
    const named = (JSON.parse(manifest.replace(/^\uFEFF/, "")) as { source_text?: unknown }).source_text;
    return typeof named === "string" ? named : undefined;
  } catch {
    return undefined;
  }
}

/** The dataset a link without `dataset=` shows. */
export const DEFAULT_DATASET_ID = "emn-ahq-2010";
