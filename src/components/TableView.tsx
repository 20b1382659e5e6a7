import { useMemo } from "react";
import type { Link } from "../data/dataset.ts";
import type { DatasetVocabulary } from "../data/datasets/datasetVocabulary.ts";
import { sortLinks, type Sort, type SortKey } from "../data/sortLinks.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import type { MessageKey } from "../i18n/messages/en.ts";
import { dateRange } from "./LinkCard.tsx";
import { LineSwatch } from "./Swatches.tsx";

/** Rows drawn at once: a 100,000-row table would freeze the page; the rest is one filter or one download away. */
export const TABLE_ROWS = 1000;

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: "member_state", label: "table.memberState" },
  { key: "partner", label: "table.partner" },
  { key: "framework", label: "table.framework" },
  { key: "instrument", label: "table.instrument" },
  { key: "status", label: "table.status" },
  { key: "themes", label: "table.themes" },
  { key: "start", label: "table.dates" },
];

/** The filtered links as a table: the map's text alternative, and the way to read every quote. */
/** In compare mode: each row's kind, and for a pair in both, the other list's instruments. */
export type CompareInfo = Map<Link, { kind: string; also: string | null }>;

/** The order lives in the URL (`tsort`, `tdir`), so a shared link opens on the same rows first. */
export function TableView(props: {
  links: Link[];
  vocabulary: DatasetVocabulary;
  selected: string | null;
  sort: Sort;
  onSort(sort: Sort): void;
  nameOf(id: string): string;
  onSelect(id: string): void;
  compare?: CompareInfo | null;
  quoteLang?(link: Link): string;
}) {
  const i18n = useI18n();
  const { t, vocab, locale } = i18n;
  const { sort } = props;
  const rows = useMemo(
    () => sortLinks(props.links, sort, props.nameOf, props.vocabulary, locale),
    [props.links, sort, props.nameOf, props.vocabulary, locale],
  );
  const toggle = (key: SortKey) => props.onSort({ key, dir: sort.key === key && sort.dir === "asc" ? "desc" : "asc" });
  if (props.links.length === 0) return <p className="empty-table">{t("table.empty")}</p>;
  return (
    <div className="table-wrap">
      <table className="links-table">
        <colgroup>
          <col style={{ width: "10%" }} />
          <col style={{ width: "10%" }} />
          <col style={{ width: "11%" }} />
          <col style={{ width: "16%" }} />
          <col style={{ width: "8%" }} />
          <col style={{ width: "13%" }} />
          <col style={{ width: "10%" }} />
          <col style={{ width: "22%" }} />
          {props.compare && <col style={{ width: "14%" }} />}
        </colgroup>
        <caption className="visually-hidden">{t("table.caption")}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
              >
                <button type="button" onClick={() => toggle(c.key)}>
                  {t(c.label)}{" "}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                </button>
              </th>
            ))}
            <th scope="col">{t("table.quote")}</th>
            {props.compare && <th scope="col">{t("compare.column")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, TABLE_ROWS).map((l) => {
            const isSelected =
              props.selected !== null && (l.member_state === props.selected || l.partner === props.selected);
            return (
              // A click anywhere on a row selects its partner; the name buttons are the keyboard path.
              <tr
                key={l.id}
                className={isSelected ? "is-selected" : undefined}
                data-link-id={l.id}
                onClick={(e) => {
                  if (!(e.target instanceof HTMLElement && e.target.closest("button"))) props.onSelect(l.partner);
                }}
              >
                <td>
                  <button type="button" className="link-button" onClick={() => props.onSelect(l.member_state)}>
                    {props.nameOf(l.member_state)}
                  </button>
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => props.onSelect(l.partner)}>
                    {props.nameOf(l.partner)}
                  </button>
                </td>
                <td>
                  <LineSwatch framework={l.framework} status={l.status} /> {vocab("frameworks", l.framework)}
                </td>
                <td lang="en">{l.instrument}</td>
                <td>{vocab("statuses", l.status)}</td>
                <td>
                  {l.themes.length ? (
                    l.themes.map((th) => vocab("themes", th)).join("; ")
                  ) : (
                    <span className="muted">{t("table.noThemes")}</span>
                  )}
                </td>
                <td>{dateRange(l, i18n)}</td>
                <td>
                  {l.quote ? (
                    <blockquote lang={props.quoteLang?.(l) ?? "en"} className="quote quote-cell">
                      “{l.quote}”
                    </blockquote>
                  ) : (
                    <span className="muted">{t("link.noSource")}</span>
                  )}
                </td>
                {props.compare && (
                  <td>
                    <strong>{props.compare.get(l)?.kind}</strong>
                    {props.compare.get(l)?.also && <p className="muted compare-also">{props.compare.get(l)?.also}</p>}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > TABLE_ROWS && (
        <p className="table-capped" role="note">
          {t("table.capped", { shown: TABLE_ROWS, count: rows.length })}
        </p>
      )}
    </div>
  );
}
