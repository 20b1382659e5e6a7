import type { Source } from "../data/dataset.ts";
import { dataUrl } from "../data/queries.ts";

export function formatDate(iso: string): string {
  const d = new Date(`${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = iso.length === 4 ? { year: "numeric" } : iso.length === 7 ? { year: "numeric", month: "long" } : { year: "numeric", month: "long", day: "numeric" };
  return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(d);
}

/** "As reported in October 2010" and the source, on every view. */
export function SourceStamp({ source }: { source: Source | undefined }) {
  if (!source) return null;
  return (
    <p className="source-stamp">
      As reported in {formatDate(source.date.slice(0, 7))}. Source:{" "}
      {source.url ? <a href={dataUrl(source.url)} target="_blank" rel="noopener">{source.title}</a> : source.title}, {source.publisher}, compiled {formatDate(source.date)}.
    </p>
  );
}
