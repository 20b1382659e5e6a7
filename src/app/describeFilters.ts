import type { Filters } from "../data/filters.ts";
import type { I18n } from "../i18n/I18nContext.tsx";

/** The active filters in words, for exports and the print sheet: one line per kind of filter. */
export function describeFilters(
  f: Filters,
  { t, vocab, list, labelled }: I18n,
  nameOf: (id: string) => string,
): string[] {
  const lines: string[] = [];
  if (f.themes.length)
    lines.push(
      labelled(
        t("filters.themes"),
        `${list(f.themes.map((th) => vocab("themes", th)))}${f.themes.length > 1 ? ` (${t("export.match", { mode: f.match === "all" ? t("filters.matchAll") : t("filters.matchAny") })})` : ""}`,
      ),
    );
  if (f.frameworks.length)
    lines.push(labelled(t("filters.framework"), list(f.frameworks.map((x) => vocab("frameworks", x)))));
  if (f.statuses.length) lines.push(labelled(t("legend.status"), list(f.statuses.map((x) => vocab("statuses", x)))));
  if (f.memberStates.length) lines.push(labelled(t("filters.memberStates"), list(f.memberStates.map(nameOf))));
  if (f.partners.length) lines.push(labelled(t("filters.partners"), list(f.partners.map(nameOf))));
  return lines.length ? lines : [t("export.noFilters")];
}
