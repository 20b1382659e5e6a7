import { useEffect, useRef, useState } from "react";
import type { Dataset, Link } from "../data/dataset.ts";

const DETAILS_PAGE = 100;
import { placeName } from "../data/places.ts";
import type { Locale } from "../i18n/countryNames.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import { FillSwatch } from "./Swatches.tsx";
import { LinkCard, SourceCitation } from "./LinkCard.tsx";
import { usePalette } from "../app/PaletteContext.tsx";
import "./DetailsPanel.css";
import "./quote.css";

/** What the source says about the selected place: its answer, if a Member State, and each link. */
export function DetailsPanel(props: {
  id: string;
  /** A matrix cell's pair: only the links between `id` and this partner. */
  pairWith?: string | null;
  dataset: Dataset;
  locale: Locale;
  shown: Link[];
  hiddenCount: number;
  onSelect(id: string): void;
  onClose(): void;
  /**
   * Set when the user chose this place (click, search, table, matrix): the heading takes the focus
   * once, then `onFocused` consumes the request. Absent for a selection from the address at load or
   * from Back/Forward, where moving the focus would be a surprise.
   */
  focusRequest?: number | null;
  onFocused?(): void;
}) {
  const { id, dataset, locale, shown } = props;
  const { t, vocab } = useI18n();
  const palette = usePalette();
  // A place with thousands of links shows them a hundred at a time.
  const [limit, setLimit] = useState(DETAILS_PAGE);
  const heading = useRef<HTMLHeadingElement>(null);
  const { focusRequest, onFocused } = props;
  useEffect(() => {
    if (focusRequest === null || focusRequest === undefined) return;
    heading.current?.focus();
    onFocused?.();
  }, [focusRequest, onFocused]);
  const name = placeName(id, dataset, locale);
  const answer = dataset.memberStates.get(id);
  const region = dataset.regions.get(id);
  const isOrigin = answer !== undefined || dataset.origins.includes(id);
  // A region that stands in member_state (the EU as a whole) is where EU-level instruments are drawn from.
  const euLevel = region !== undefined && dataset.links.some((l) => l.member_state === id);
  const kind = euLevel
    ? t("details.euLevel")
    : isOrigin
      ? t("details.memberState")
      : region
        ? t("details.region")
        : t("details.country");
  // The answer's own source row (e.g. emn-ahq-2010-fra), else the dataset's.
  const headerSource =
    dataset.sources.get(`${dataset.manifest.id}-${id.toLowerCase()}`) ?? dataset.sources.get(dataset.manifest.id);
  return (
    <aside className="details" aria-labelledby="details-title">
      <header className="details-header">
        <div>
          <p className="kind">{kind}</p>
          <h2 id="details-title" ref={heading} tabIndex={-1}>
            {props.pairWith
              ? t("details.pair", { ms: name, partner: placeName(props.pairWith, dataset, locale) })
              : name}
          </h2>
        </div>
        <button type="button" className="close" onClick={props.onClose} aria-label={t("details.close")}>
          ×
        </button>
      </header>
      {answer && (
        <section className="answer">
          <p className="response">
            <FillSwatch color={palette.responses[answer.response]} hatched={answer.response === "no_response"} />{" "}
            <strong>{vocab("responses", answer.response)}</strong>
          </p>
          <p lang="en">{answer.summary}</p>
          <blockquote lang="en" className="quote">
            <p>“{answer.quote}”</p>
            <footer>
              <SourceCitation source={headerSource} fallbackId="" datasetId={dataset.manifest.id} />
            </footer>
          </blockquote>
        </section>
      )}
      {region && !euLevel && region.members.length === 0 && <p className="muted">{t("details.noMembers")}</p>}
      <h3 className="links-heading">
        {shown.length === 0 ? t("details.noLinksShown") : t("details.links", { count: shown.length })}
        {props.hiddenCount > 0 && <span className="muted"> {t("details.hidden", { count: props.hiddenCount })}</span>}
      </h3>
      {shown.length === 0 && props.hiddenCount === 0 && <p className="muted">{t("details.noLinks", { name })}</p>}
      {shown.slice(0, limit).map((l) => {
        const other = l.member_state === id ? l.partner : l.member_state;
        return (
          <LinkCard
            key={l.id}
            link={l}
            otherName={placeName(other, dataset, locale)}
            source={dataset.sources.get(l.source)}
            datasetId={dataset.manifest.id}
            onSelectOther={() => props.onSelect(other)}
          />
        );
      })}
      {shown.length > limit && (
        <button
          type="button"
          className="button secondary show-more"
          onClick={() => setLimit((n) => n + DETAILS_PAGE * 10)}
        >
          {t("details.showMore", { count: shown.length - limit })}
        </button>
      )}
    </aside>
  );
}
