import type { Dataset } from "../data/dataset.ts";
import { localize } from "../data/datasets/manifest.ts";
import type { I18n } from "../i18n/I18nContext.tsx";

/**
 * The source line under the map and on every export: "As reported in October 2010. Source: …".
 * A file opened without a manifest has no reporting date of its own, only its name and the day it was opened.
 */
export function stampParts(
  dataset: Dataset,
  { t, date, locale }: Pick<I18n, "t" | "date" | "locale">,
): { lead: string; citation: string } {
  const lead = dataset.untitled
    ? t("stamp.source")
    : `${t("stamp.asReported", { month: date(dataset.manifest.as_of.slice(0, 7)) })} ${t("stamp.source")}`;
  return { lead, citation: localize(dataset.manifest.citation, locale) };
}

export function stampText(dataset: Dataset, i18n: Pick<I18n, "t" | "date" | "locale">): string {
  const { lead, citation } = stampParts(dataset, i18n);
  return `${lead} ${citation.replace(/\.$/, "")}.`;
}
