import type { Link, Source } from "../data/dataset.ts";
import { FRAMEWORK_LABELS, STATUS_LABELS } from "../i18n/labels.ts";
import { formatDate } from "./SourceStamp.tsx";
import { LineSwatch } from "./Swatches.tsx";
import { ThemeChips } from "./ThemeChips.tsx";

export function dateRange(l: Link): string {
  if (l.start && l.end) return `${formatDate(l.start)} – ${formatDate(l.end)}`;
  if (l.start) return `from ${formatDate(l.start)}`;
  if (l.end) return `until ${formatDate(l.end)}`;
  return "";
}

export function sourceLine(source: Source | undefined, fallbackId: string): string {
  if (!source) return fallbackId;
  return `${source.title} · ${source.publisher}, ${formatDate(source.date)}`;
}

/** One link with its provenance: what, with whom, how far along, and the sentence that says so. */
export function LinkCard({ link, otherName, source, onSelectOther }: { link: Link; otherName: string; source: Source | undefined; onSelectOther(): void }) {
  const dates = dateRange(link);
  return (
    <article className="link-card" data-link-id={link.id}>
      <h3>
        <button type="button" className="link-button" onClick={onSelectOther}>{otherName}</button>
      </h3>
      <p className="link-meta">
        <LineSwatch framework={link.framework} status={link.status} /> {FRAMEWORK_LABELS[link.framework]} · <strong>{STATUS_LABELS[link.status]}</strong>
      </p>
      {dates && <p className="dates">{dates}</p>}
      <p className="instrument">{link.instrument}</p>
      <ThemeChips themes={link.themes} />
      {link.other_actors && <p className="actors">With: {link.other_actors}</p>}
      <blockquote lang="en" className="quote">
        <p>“{link.quote}”</p>
        <footer>{sourceLine(source, link.source)}</footer>
      </blockquote>
      {link.notes && <p className="notes"><span className="notes-label">Reading note:</span> {link.notes}</p>}
    </article>
  );
}
