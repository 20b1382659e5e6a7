/** "Download template": the edge list's header and three example rows a policy officer can overwrite. */
import { linksToCsv } from "./linksToCsv.ts";
import type { Link } from "./dataset.ts";

const example = (l: Partial<Link> & Pick<Link, "id" | "member_state" | "partner">): Link => ({
  framework: "", instrument: "", status: "", themes: [], start: "", end: "", other_actors: "", source: "", quote: "", notes: "", ...l,
});

export const TEMPLATE_LINKS: Link[] = [
  example({
    id: "fra-sen-example", member_state: "FRA", partner: "SEN", framework: "bilateral", instrument: "Agreement on the concerted management of migration flows (example)",
    status: "in_force", themes: ["legal_migration", "readmission", "development"], start: "2008-09", notes: "Example row: replace it. Only member_state and partner are required.",
  }),
  example({
    id: "deu-geo-example", member_state: "DEU", partner: "GEO", framework: "eu_mobility_partnership", instrument: "EU Mobility Partnership with Georgia (example)",
    status: "signed", themes: ["legal_migration", "border_management"], start: "2009-11-30", other_actors: "European Commission",
    notes: "Countries may also be written as names in English, French or German, or as alpha-2 codes.",
  }),
  example({
    id: "ita-tun-example", member_state: "ITA", partner: "TUN", framework: "bilateral", instrument: "Readmission arrangement (example)",
    status: "under_negotiation", themes: ["readmission", "irregular_migration"], notes: "Statuses: ratified, signed, in_force, ongoing, completed, planned, under_negotiation, interest.",
  }),
];

export function templateCsv(): string {
  return linksToCsv(TEMPLATE_LINKS);
}
