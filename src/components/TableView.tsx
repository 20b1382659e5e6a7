import { useMemo, useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { Link } from "../data/dataset.ts";
import type { DatasetVocabulary } from "../data/datasets/datasetVocabulary.ts";
import { sortLinks, type Sort, type SortKey } from "../data/sortLinks.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import type { MessageKey } from "../i18n/messages/en.ts";
import { TableRow } from "./TableRow.tsx";
import "./TableView.css";

/**
 * Above this many rows only those in and near view are in the page (issue #9): a 100,000-row
 * table drawn whole would freeze it. Below, every row is there, for find-in-page and printing.
 */
export const VIRTUALIZE_ABOVE = 1000;
/** A row's height before it is measured (a one-line quote); the real height replaces it when drawn. */
const ROW_ESTIMATE = 64;

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
  const { t, locale } = i18n;
  const { sort } = props;
  const rows = useMemo(
    () => sortLinks(props.links, sort, props.nameOf, props.vocabulary, locale),
    [props.links, sort, props.nameOf, props.vocabulary, locale],
  );
  const toggle = (key: SortKey) => props.onSort({ key, dir: sort.key === key && sort.dir === "asc" ? "desc" : "asc" });
  const wrap = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  // Always called (hooks' rule); with nothing to count below the threshold it draws nothing. The
  // atlas does not use the React Compiler, whose memoizing this library's API defeats.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => wrap.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    // Measured heights follow the link, not the position, when the sort changes.
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const columns = props.compare ? 9 : 8;
  const isSelected = (l: Link) =>
    props.selected !== null && (l.member_state === props.selected || l.partner === props.selected);
  const row = (l: Link, index?: number) => (
    <TableRow
      key={l.id}
      link={l}
      selected={isSelected(l)}
      nameOf={props.nameOf}
      onSelect={props.onSelect}
      compare={props.compare}
      quoteLang={props.quoteLang}
      index={index}
      ariaRowIndex={index === undefined ? undefined : index + 2}
      rowRef={index === undefined ? undefined : virtualizer.measureElement}
    />
  );
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  // Spacer rows stand for the rows not drawn, so the table stays a table and the scroll bar is true.
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} className="table-spacer" aria-hidden="true">
        <td colSpan={columns} style={{ height }} />
      </tr>
    );
  if (props.links.length === 0) return <p className="empty-table">{t("table.empty")}</p>;
  return (
    // When rows are left out, the scrolling box takes the keyboard (arrows, Page Down) and says what it holds.
    <div
      className="table-wrap"
      ref={wrap}
      {...(virtual ? { tabIndex: 0, role: "region", "aria-label": t("table.caption") } : {})}
    >
      <table className="links-table" aria-rowcount={virtual ? rows.length + 1 : undefined}>
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
          <tr aria-rowindex={virtual ? 1 : undefined}>
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
          {virtual
            ? [
                spacer(top, "top"),
                ...items.map((item) => {
                  const l = rows[item.index];
                  return l ? row(l, item.index) : null;
                }),
                spacer(bottom, "bottom"),
              ]
            : rows.map((l) => row(l))}
        </tbody>
      </table>
    </div>
  );
}
