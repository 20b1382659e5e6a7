import { useEffect, useState } from "react";
import type { Link } from "../data/dataset.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import "./PrintSheet.css";

/** Rows on paper: the screen's table scrolls through every row, a print of 100,000 would not end. */
const PRINT_ROWS = 1000;

/**
 * `value` a task late: after a filter the sheet's rows (up to a thousand) are laid out once the
 * map has been handed its new data and has asked for its frame, not before.
 */
function useOneTaskLate<T>(value: T): T {
  const [late, setLate] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setLate(value), 0);
    return () => clearTimeout(timer);
  }, [value]);
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
  const rows = useOneTaskLate(links);
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
