/** What the user has narrowed the links down to. Pure: shared by map, table, export and URL. */

export type ThemeMatch = "any" | "all";

export interface Filters {
  themes: string[];
  match: ThemeMatch;
  memberStates: string[];
  partners: string[];
  frameworks: string[];
  statuses: string[];
}

export const EMPTY_FILTERS: Filters = {
  themes: [],
  match: "any",
  memberStates: [],
  partners: [],
  frameworks: [],
  statuses: [],
};

export function hasActiveFilters(f: Filters): boolean {
  return f.themes.length + f.memberStates.length + f.partners.length + f.frameworks.length + f.statuses.length > 0;
}
