import type { MemberStateRow, PartnershipRow, RegionRow, SourceRow } from "./schemas.ts";

/** A link as the app uses it: a validated row of data/partnerships.csv. */
export type Link = PartnershipRow;
export type MemberStateAnswer = MemberStateRow;
export type Region = RegionRow;
export type Source = SourceRow;

export interface Dataset {
  links: Link[];
  memberStates: Map<string, MemberStateAnswer>;
  regions: Map<string, Region>;
  sources: Map<string, Source>;
}

/** The raw text of every file a dataset is made of, as fetched or read from disk. */
export interface DatasetFiles {
  partnerships: string;
  memberStates: string;
  regions: string;
  sources: string;
  /** Full text of the source document that quotes must occur in verbatim. */
  sourceText: string;
}

export const DATA_FILES = {
  partnerships: "partnerships.csv",
  memberStates: "member-states.csv",
  regions: "regions.csv",
  sources: "sources.csv",
  sourceText: "source/emn-ahq-2010-migration-partnerships.txt",
} as const satisfies Record<keyof DatasetFiles, string>;
