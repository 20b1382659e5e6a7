/**
 * Links in time: `at=2013` means the links in place on 31 December 2013 (started on or before that
 * day, not ended before it). A start given as a year or month counts from its first day, an end
 * until its last. Links without a start cannot be placed in time: they are kept apart, never
 * dropped silently. Pure.
 */
import type { Link } from "./dataset.ts";

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar day). */
export function isPartialDate(s: string): boolean {
  const m = PARTIAL.exec(s);
  if (!m) return false;
  const [, , month, day] = m;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }
  return true;
}

/** "2013" → "2013-12-31", "2013-02" → "2013-02-28": the last day a partial date stands for. */
export function endOfPeriod(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (d) return iso;
  if (m) return new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10);
  return `${y}-12-31`;
}

/** "2013" → "2013-01-01": the first day a partial date stands for. */
export function startOfPeriod(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${y}-${m ?? "01"}-${d ?? "01"}`;
}

/** Whether a dated link is in place on a day (ISO `YYYY-MM-DD`). */
export function inPlaceOn(link: Link, day: string): boolean {
  if (!link.start) return false;
  return startOfPeriod(link.start) <= day && (!link.end || endOfPeriod(link.end) >= day);
}

/** The links in place at `at` (a partial date), and those that have no date to place them by. */
export function linksAt(links: readonly Link[], at: string): { inPlace: Link[]; undated: Link[] } {
  const day = endOfPeriod(at);
  const inPlace: Link[] = [];
  const undated: Link[] = [];
  for (const l of links) {
    if (!l.start) undated.push(l);
    else if (inPlaceOn(l, day)) inPlace.push(l);
  }
  return { inPlace, undated };
}

/** The years a time control spans: from the first start to the dataset's date (or the last date given). */
export function yearSpan(links: readonly Link[], asOf: string): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const l of links) {
    for (const d of [l.start, l.end]) {
      if (!d) continue;
      const y = Number(d.slice(0, 4));
      if (d === l.start) first = Math.min(first, y);
      last = Math.max(last, y);
    }
  }
  if (!Number.isFinite(first)) return null;
  // A planned start after the dataset's date is not something the source saw happen.
  const asOfYear = Number(asOf.slice(0, 4)) || last;
  return [Math.min(first, asOfYear), asOfYear];
}
