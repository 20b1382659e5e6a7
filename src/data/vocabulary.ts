/** The closed vocabularies of the data contract (shared/product/data-contract.md). */

export const FRAMEWORKS = [
  "bilateral",
  "eu_mobility_partnership",
  "eu_project",
  "regional_process",
  "io_ngo_project",
  "national_strategy",
] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const STATUSES = [
  "ratified",
  "signed",
  "in_force",
  "ongoing",
  "completed",
  "planned",
  "under_negotiation",
  "interest",
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses of links that are not (yet) in place: drawn dashed. */
export const TENTATIVE_STATUSES: ReadonlySet<string> = new Set<Status>(["planned", "under_negotiation", "interest"]);

export const THEMES = [
  "legal_migration",
  "irregular_migration",
  "trafficking",
  "readmission",
  "voluntary_return",
  "reintegration",
  "development",
  "integration",
  "border_management",
  "capacity_building",
  "information",
  "asylum",
  "training",
] as const;
export type Theme = (typeof THEMES)[number];

export const RESPONSES = [
  "has_partnership",
  "eu_framework_only",
  "no_partnership",
  "not_disseminated",
  "no_response",
] as const;
export type Response = (typeof RESPONSES)[number];

/** The 27 Member States of the EU in October 2010. */
export const MEMBER_STATES_2010 = [
  "AUT", "BEL", "BGR", "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GRC", "HUN",
  "IRL", "ITA", "LTU", "LUX", "LVA", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "SWE",
] as const;

/** Every country that has been an EU Member State: the default origins of a dataset (so HRV and GBR are fine). */
export const EVER_MEMBER_STATES = [...MEMBER_STATES_2010, "HRV"] as const;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
