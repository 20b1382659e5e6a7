import type { Link } from "./dataset.ts";
import type { Filters } from "./filters.ts";

function themeMatches(link: Link, themes: readonly string[], match: Filters["match"]): boolean {
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
export function themeCounts(links: readonly Link[], f: Filters): Map<string, number> {
  const others = filterLinks(links, { ...f, themes: [] });
  const counts = new Map<string, number>();
  for (const l of others) for (const t of l.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export interface LinkSummary {
  links: number;
  memberStates: number;
  partners: number;
}

/** `isOrigin` tells a Member State from an EU-level origin such as `eu`, never counted among them. */
export function summarize(links: readonly Link[], isRegion: (id: string) => boolean = () => false): LinkSummary {
  return {
    links: links.length,
    memberStates: new Set(links.map((l) => l.member_state).filter((id) => !isRegion(id))).size,
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
