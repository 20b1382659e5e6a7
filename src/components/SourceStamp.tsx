import type { Source } from "../data/dataset.ts";
import { dataUrl } from "../data/queries.ts";
import { useI18n } from "../i18n/I18nContext.tsx";

/** "As reported in October 2010" and the source, on every view. The title is data, in English. */
export function SourceStamp({ source }: { source: Source | undefined }) {
  const { t, date } = useI18n();
  if (!source) return null;
  return (
    <p className="source-stamp">
      {t("stamp.asReported", { month: date(source.date.slice(0, 7)) })} {t("stamp.source")}{" "}
      {source.url ? <a href={dataUrl(source.url)} target="_blank" rel="noopener" lang="en">{source.title}</a> : <span lang="en">{source.title}</span>},{" "}
      <span lang="en">{source.publisher}</span>, {t("stamp.compiled", { date: date(source.date) })}.
    </p>
  );
}
