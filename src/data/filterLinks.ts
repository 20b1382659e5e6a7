import type { Link } from "./dataset.ts";
import type { Filters } from "./filters.ts";
import { THEMES, type Theme } from "./vocabulary.ts";

function themeMatches(link: Link, themes: readonly Theme[], match: Filters["match"]): boolean {
  if (themes.length === 0) return true;
  return match === "all" ? themes.every((t) => link.themes.includes(t)) : themes.some((t) => link.themes.includes(t));
}

const inList = (list: readonly string[], value: string) => list.length === 0 || list.includes(value);

export function linkMatches(link: Link, f: Filters): boolean {
  return (
    inList(f.memberStates, link.member_state) &&
    inList(f.partners, link.partner) &&
    inList(f.frameworks, link.framework) &&
    inList(f.statuses, link.status) &&
    themeMatches(link, f.themes, f.match)
  );
}

export function filterLinks(links: readonly Link[], f: Filters): Link[] {
  return links.filter((l) => linkMatches(l, f));
}

/**
 * How many links each theme would show if it were the only theme chosen, under all the other
 * filters: the number a user sees beside each theme checkbox.
 */
export function themeCounts(links: readonly Link[], f: Filters): Record<Theme, number> {
  const others = filterLinks(links, { ...f, themes: [] });
  const counts = Object.fromEntries(THEMES.map((t) => [t, 0])) as Record<Theme, number>;
  for (const l of others) for (const t of l.themes) counts[t] += 1;
  return counts;
}

export interface LinkSummary {
  links: number;
  memberStates: number;
  partners: number;
}

export function summarize(links: readonly Link[]): LinkSummary {
  return {
    links: links.length,
    memberStates: new Set(links.map((l) => l.member_state)).size,
    partners: new Set(links.map((l) => l.partner)).size,
  };
}

/** Number of distinct Member States linked to each partner: drives the partner shading. */
export function memberStatesPerPartner(links: readonly Link[]): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const l of links) sets.set(l.partner, (sets.get(l.partner) ?? new Set()).add(l.member_state));
  return new Map([...sets].map(([p, s]) => [p, s.size]));
}

export function linksOf(links: readonly Link[], id: string): Link[] {
  return links.filter((l) => l.member_state === id || l.partner === id);
}
