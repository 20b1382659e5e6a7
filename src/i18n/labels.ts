/** Human labels of the contract's vocabularies. English only until the French and German catalogues land. */
import type { Framework, Response, Status, Theme } from "../data/vocabulary.ts";

export const THEME_LABELS: Record<Theme, string> = {
  legal_migration: "Legal and labour migration",
  irregular_migration: "Fight against irregular migration",
  trafficking: "Trafficking in human beings",
  readmission: "Readmission",
  voluntary_return: "Assisted voluntary return",
  reintegration: "Reintegration of returnees",
  development: "Migration and development",
  integration: "Integration of migrants",
  border_management: "Border management and document security",
  capacity_building: "Institutional capacity",
  information: "Information campaigns",
  asylum: "Asylum and protection",
  training: "Vocational training and language learning",
};

export const FRAMEWORK_LABELS: Record<Framework, string> = {
  bilateral: "Bilateral agreement",
  eu_mobility_partnership: "EU Mobility Partnership",
  eu_project: "EU project",
  regional_process: "Regional process",
  io_ngo_project: "IO/NGO project",
  national_strategy: "National strategy",
};

export const STATUS_LABELS: Record<Status, string> = {
  ratified: "Ratified",
  signed: "Signed",
  in_force: "In force",
  ongoing: "Ongoing",
  completed: "Completed",
  planned: "Planned",
  under_negotiation: "Under negotiation",
  interest: "Interest expressed",
};

export const RESPONSE_LABELS: Record<Response, string> = {
  has_partnership: "Reported partnerships of its own",
  eu_framework_only: "Only within EU frameworks",
  no_partnership: "Reported no partnership",
  not_disseminated: "Asked not to disseminate its answer",
  no_response: "Did not answer",
};
