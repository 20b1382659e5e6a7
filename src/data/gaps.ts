/**
 * "Who has no link on this?": among the Member States in view, those without a link on the chosen
 * focus areas, with what they answered, so that "did not answer" is never read as "has none". Pure.
 */
import type { Dataset, Link } from "./dataset.ts";
import { filterLinks } from "./filterLinks.ts";
import type { Filters } from "./filters.ts";

export interface Gap {
  id: string;
  /** The Member State's answer to the query, where the dataset has answers. */
  response: string | null;
}

/**
 * The Member States in view are those the Member State filter names, else every Member State the
 * dataset knows (its answers, or the origins that have links). A gap is one with no link that
 * passes all the filters.
 */
export function memberStateGaps(dataset: Dataset, filters: Filters, links: readonly Link[] = dataset.links): Gap[] {
  const known = dataset.hasResponses ? [...dataset.memberStates.keys()] : [...new Set(dataset.links.map((l) => l.member_state))];
  const candidates = (filters.memberStates.length ? filters.memberStates : known).filter((id) => !dataset.regions.has(id));
  const covered = new Set(filterLinks(links, filters).map((l) => l.member_state));
  return candidates.filter((id) => !covered.has(id)).map((id) => ({ id, response: dataset.memberStates.get(id)?.response ?? null }));
}

/** For one partner: the Member States that work with it, but not on the chosen focus areas. */
export function partnerGaps(dataset: Dataset, filters: Filters, partner: string, links: readonly Link[] = dataset.links): string[] {
  const withPartner = { ...filters, partners: [partner] };
  const all = new Set(filterLinks(links, { ...withPartner, themes: [] }).map((l) => l.member_state));
  const on = new Set(filterLinks(links, withPartner).map((l) => l.member_state));
  return [...all].filter((id) => !on.has(id) && !dataset.regions.has(id));
}
