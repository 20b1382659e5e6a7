import type { Link, Source } from "../data/dataset.ts";
import { dataFileHref } from "../data/source/dataText.ts";
import { sourceHref } from "../data/sourceUrl.ts";
import { useI18n, type I18n } from "../i18n/I18nContext.tsx";
import { LineSwatch } from "./Swatches.tsx";
import { ThemeChips } from "./ThemeChips.tsx";
import "./LinkCard.css";
import { isOwnDatasetId } from "../data/datasets/ownDatasetId.ts";
import "./quote.css";

/** "French", "Französisch": the language a quote is in, named in the UI's language. */
function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function dateRange(l: Link, { t, date }: Pick<I18n, "t" | "date">): string {
  if (l.start && l.end) return `${date(l.start)} – ${date(l.end)}`;
  if (l.start) return t("link.from", { date: date(l.start) });
  if (l.end) return t("link.until", { date: date(l.end) });
  return "";
}

/** "EMN Ad-Hoc Query on Migration Partnerships, answer of Poland · European Migration Network (EMN), 8 October 2010" */
export function sourceLine(source: Source | undefined, fallbackId: string, date: I18n["date"]): string {
  if (!source) return fallbackId;
  return [source.title, [source.publisher, source.date ? date(source.date) : ""].filter(Boolean).join(", ")]
    .filter(Boolean)
    .join(" · ");
}

/** The source line, opening the source itself (a web page, or a file in the dataset's folder) in a new tab. */
export function SourceCitation({
  source,
  fallbackId,
  datasetId,
}: {
  source: Source | undefined;
  fallbackId: string;
  datasetId: string;
}) {
  const { date } = useI18n();
  const text = sourceLine(source, fallbackId, date);
  // Own datasets live in this browser: a relative path has no folder to open from.
  const inFolder = isOwnDatasetId(datasetId)
    ? null
    : (path: string) => dataFileHref(`data/${datasetId}/${path.split("/").map(encodeURIComponent).join("/")}`);
  const href = source ? sourceHref(source.url, inFolder) : null;
  // noopener: the source's page gets no handle on the atlas; noreferrer: nor the view that was open.
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

/** One link with its provenance: what, with whom, how far along, and the sentence that says so. */
export function LinkCard({
  link,
  otherName,
  source,
  datasetId,
  onSelectOther,
}: {
  link: Link;
  otherName: string;
  source: Source | undefined;
  datasetId: string;
  onSelectOther(): void;
}) {
  const i18n = useI18n();
  const { t, vocab } = i18n;
  const dates = dateRange(link, i18n);
  return (
    <article className="link-card" data-link-id={link.id}>
      <h3>
        <button type="button" className="link-button" onClick={onSelectOther}>
          {otherName}
        </button>
      </h3>
      <p className="link-meta">
        <LineSwatch framework={link.framework} status={link.status} /> {vocab("frameworks", link.framework)} ·{" "}
        <strong>{vocab("statuses", link.status)}</strong>
      </p>
      {dates && <p className="dates">{dates}</p>}
      {link.instrument && (
        <p className="instrument" lang="en">
          {link.instrument}
        </p>
      )}
      <ThemeChips themes={link.themes} />
      {link.other_actors && (
        <p className="actors">
          {t("link.with")} <span lang="en">{link.other_actors}</span>
        </p>
      )}
      {link.quote ? (
        <blockquote lang={source?.lang || "en"} className="quote" title={t("link.quoteLanguage")}>
          <p>“{link.quote}”</p>
          <footer>
            {link.source || source ? (
              <SourceCitation source={source} fallbackId={link.source} datasetId={datasetId} />
            ) : (
              t("link.noSource")
            )}
            {source?.lang && source.lang !== "en" && (
              <> · {t("link.quotedIn", { language: languageName(source.lang, i18n.locale) })}</>
            )}
          </footer>
        </blockquote>
      ) : (
        <p className="muted no-source">
          {link.source ? (
            <SourceCitation source={source} fallbackId={link.source} datasetId={datasetId} />
          ) : (
            t("link.noSource")
          )}
        </p>
      )}
      {link.notes && (
        <p className="notes">
          <span className="notes-label">{t("link.note")}</span> <span lang="en">{link.notes}</span>
        </p>
      )}
    </article>
  );
}
