import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import type { Link } from "../data/dataset.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import "./PrintSheet.css";

/** Rows on paper: the screen's table scrolls through every row, a print of 100,000 would not end. */
const PRINT_ROWS = 1000;

/** The longest the rows wait for the map: where there is none (the table, the matrix, no WebGL). */
const LATEST_MS = 1000;

/**
 * `value` once the map has drawn it: after a filter the sheet's rows (up to a thousand, all
 * replaced, 50–80 ms at 10,000 links) are laid out after the map's next "atlas:idle", not before
 * its frame, which a timer of 0 ms or an idle callback often came ahead of (issue #9). Printing
 * takes the rows at once ("beforeprint" comes before the page is laid out for paper).
 */
function useAfterMap<T>(value: T): T {
  const [late, setLate] = useState(value);
  useEffect(() => {
    if (late === value) return;
    const since = performance.now();
    const show = () => setLate(value);
    const now = () => flushSync(show);
    window.addEventListener("beforeprint", now);
    const latest = window.setTimeout(show, LATEST_MS);
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.name === "atlas:idle" && e.startTime >= since)) show();
      });
      observer.observe({ type: "mark" });
    } catch {
      // No mark observer in this browser: the rows come after LATEST_MS.
    }
    return () => {
      window.removeEventListener("beforeprint", now);
      window.clearTimeout(latest);
      observer?.disconnect();
    };
  }, [value, late]);
  return late;
}

/** Only on paper: the active filters and every shown link with its quote, under the map. */
export function PrintSheet({
  links,
  filters,
  summary,
  heading,
  nameOf,
  quoteLang,
}: {
  links: Link[];
  filters: string[];
  summary: string;
  heading?: string | null;
  nameOf(id: string): string;
  quoteLang?(link: Link): string;
}) {
  const { t, vocab, labelled } = useI18n();
  const rows = useAfterMap(links);
  return (
    <section className="print-sheet" aria-hidden="true">
      {heading && (
        <p className="print-filters">
          <strong>{heading}</strong>
        </p>
      )}
      <p className="print-filters">{labelled(t("export.filters"), filters.join(" · "))}</p>
      <p className="print-summary">{summary}</p>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t("table.memberState")}</th>
            <th>{t("table.partner")}</th>
            <th>{t("table.framework")}</th>
            <th>{t("table.status")}</th>
            <th>{t("table.quote")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, PRINT_ROWS).map((l) => (
            <tr key={l.id}>
              <td>{nameOf(l.member_state)}</td>
              <td>{nameOf(l.partner)}</td>
              <td>{vocab("frameworks", l.framework)}</td>
              <td>{vocab("statuses", l.status)}</td>
              <td lang={quoteLang?.(l) ?? "en"}>{l.quote ? `“${l.quote}”` : t("link.noSource")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > PRINT_ROWS && <p>{t("table.capped", { shown: PRINT_ROWS, count: rows.length })}</p>}
    </section>
  );
}
