import type { Dataset, Link } from "../data/dataset.ts";
import { placeName } from "../data/places.ts";
import type { Locale } from "../i18n/countryNames.ts";
import { RESPONSE_LABELS } from "../i18n/labels.ts";
import { FillSwatch } from "./Swatches.tsx";
import { LinkCard, sourceLine } from "./LinkCard.tsx";
import { responseColor } from "../scales/colors.ts";

/** What the source says about the selected place: its answer, if a Member State, and each link. */
export function DetailsPanel(props: {
  id: string;
  dataset: Dataset;
  locale: Locale;
  shown: Link[];
  hiddenCount: number;
  onSelect(id: string): void;
  onClose(): void;
}) {
  const { id, dataset, locale, shown } = props;
  const name = placeName(id, dataset, locale);
  const answer = dataset.memberStates.get(id);
  const region = dataset.regions.get(id);
  const kind = answer ? "EU Member State" : region ? "Regional group or process" : "Third country";
  const headerSource = dataset.sources.get(`emn-ahq-2010-${id.toLowerCase()}`) ?? dataset.sources.get("emn-ahq-2010");
  return (
    <aside className="details" aria-labelledby="details-title">
      <header className="details-header">
        <div>
          <p className="kind">{kind}</p>
          <h2 id="details-title">{name}</h2>
        </div>
        <button type="button" className="close" onClick={props.onClose} aria-label="Close details (Escape)">×</button>
      </header>
      {answer && (
        <section className="answer">
          <p className="response"><FillSwatch color={responseColor(answer.response)} hatched={answer.response === "no_response"} /> <strong>{RESPONSE_LABELS[answer.response]}</strong></p>
          <p>{answer.summary}</p>
          <blockquote lang="en" className="quote">
            <p>“{answer.quote}”</p>
            <footer>{sourceLine(headerSource, "")}</footer>
          </blockquote>
        </section>
      )}
      {region && region.members.length === 0 && <p className="muted">The source names no member countries for this group.</p>}
      <h3 className="links-heading">
        {shown.length === 0 ? "No links shown" : `${shown.length} link${shown.length === 1 ? "" : "s"}`}
        {props.hiddenCount > 0 && <span className="muted"> ({props.hiddenCount} more hidden by the filters)</span>}
      </h3>
      {shown.length === 0 && props.hiddenCount === 0 && <p className="muted">The source reports no partnership link for {name}.</p>}
      {shown.map((l) => {
        const other = l.member_state === id ? l.partner : l.member_state;
        return <LinkCard key={l.id} link={l} otherName={placeName(other, dataset, locale)} source={dataset.sources.get(l.source)} onSelectOther={() => props.onSelect(other)} />;
      })}
    </aside>
  );
}
