import type { VocabularyLabels } from "./en.ts";

/** The English labels of the contract's vocabularies: on the first screen (filters, legend), so in the first load. */
export const enLabels: VocabularyLabels = {
  themes: {
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
  },

  frameworks: {
    bilateral: "Bilateral agreement",
    eu_mobility_partnership: "EU Mobility Partnership",
    eu_project: "EU project",
    regional_process: "Regional process",
    io_ngo_project: "IO/NGO project",
    national_strategy: "National strategy",
  },

  statuses: {
    ratified: "Ratified",
    signed: "Signed",
    in_force: "In force",
    ongoing: "Ongoing",
    completed: "Completed",
    planned: "Planned",
    under_negotiation: "Under negotiation",
    interest: "Interest expressed",
  },

  responses: {
    has_partnership: "Reported partnerships of its own",
    eu_framework_only: "Only within EU frameworks",
    no_partnership: "Reported no partnership",
    not_disseminated: "Asked not to disseminate its answer",
    no_response: "Did not answer",
  },
};
