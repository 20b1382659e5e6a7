import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { crossTab, crossTabCsv, type MatrixInput } from "../data/crossTab.ts";
import type { Gap } from "../data/gaps.ts";
import { downloadBlob } from "../export/downloadBlob.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import type { ViewSort } from "../state/urlState.ts";
import { MatrixMark } from "./MatrixMark.tsx";
import "./MatrixView.css";

/**
 * Member States × partners: who works with whom under the current filters. A real table (row and
 * column headers for screen readers) with one tab stop; the arrow keys move from cell to cell.
 */
export function MatrixView(props: {
  /** The links to tabulate and how: the table is worked out here, in the matrix's own chunk. */
  matrix: MatrixInput;
  /** Embedded in another page: no downloads. */
  embed?: boolean;
  /** The frameworks shown, for the key beside the marks. */
  frameworks: string[];
  sort: ViewSort;
  gaps: Gap[] | null;
  selected: string | null;
  nameOf(id: string): string;
  onSort(sort: ViewSort): void;
  onSelect(id: string): void;
  onPair(memberState: string, partner: string): void;
}) {
  const i18n = useI18n();
  const { t, vocab } = i18n;
  const { links, options } = props.matrix;
  const tab = useMemo(() => crossTab(links, options), [links, options]);
  const gapRows = (props.gaps ?? []).filter((g) => !tab.rows.some((r) => r.id === g.id));
  const rows = [...tab.rows.map((r) => ({ id: r.id, gap: false })), ...gapRows.map((g) => ({ id: g.id, gap: true }))];
  const [activeRaw, setActive] = useState<[number, number]>([0, 0]);
  // Clamped to the table as it is now (a filter may have shrunk it), and never the empty corner:
  // exactly one cell keeps the tab stop.
  const clamp = ([r, c]: [number, number]): [number, number] => {
    const rr = Math.min(Math.max(r, -1), rows.length - 1);
    const cc = Math.min(Math.max(c, -1), tab.columns.length - 1);
    return rr === -1 && cc === -1 ? [0, -1] : [rr, cc];
  };
  const active = clamp(activeRaw);
  const table = useRef<HTMLTableElement>(null);

  const move = (e: KeyboardEvent<HTMLTableElement>) => {
    const steps: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const jump: Record<string, (p: [number, number]) => [number, number]> = {
      Home: ([r]) => [r, -1],
      End: ([r]) => [r, tab.columns.length - 1],
    };
    const step = steps[e.key];
    const next = step ? ([active[0] + step[0], active[1] + step[1]] as [number, number]) : jump[e.key]?.(active);
    if (!next) return;
    e.preventDefault();
    const [r, c] = clamp(next);
    setActive([r, c]);
    table.current?.querySelector<HTMLElement>(`[data-pos="${r},${c}"]`)?.focus();
  };
  const stop = (r: number, c: number) => ({
    "data-pos": `${r},${c}`,
    tabIndex: active[0] === r && active[1] === c ? 0 : -1,
    onFocus: () => setActive([r, c]),
  });
  const download = () =>
    downloadBlob(
      new Blob([crossTabCsv(tab, props.nameOf, t("matrix.corner"))], { type: "text/csv;charset=utf-8" }),
      "partnerships-matrix.csv",
    );

  return (
    <div className="matrix-view">
      <div className="matrix-toolbar">
        <label className="select-label">
          {t("matrix.sort")}{" "}
          <select value={props.sort} onChange={(e) => props.onSort(e.target.value === "links" ? "links" : "name")}>
            <option value="name">{t("matrix.sortName")}</option>
            <option value="links">{t("matrix.sortLinks")}</option>
          </select>
        </label>
        {!props.embed && (
          <button type="button" className="button secondary" onClick={download} disabled={tab.rows.length === 0}>
            {t("matrix.download")}
          </button>
        )}
        <ul className="matrix-key" aria-label={t("legend.frameworks")}>
          {props.frameworks.map((f) => (
            <li key={f}>
              <MatrixMark frameworks={[f]} tentative={false} /> {vocab("frameworks", f)}
            </li>
          ))}
          <li>
            <MatrixMark frameworks={[props.frameworks[0] ?? ""]} tentative /> {t("legend.tentative")}
          </li>
        </ul>
        <p className="hint" id="matrix-hint">
          {t("matrix.hint")}
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="empty-table">{t("table.empty")}</p>
      ) : (
        <div className="matrix-wrap">
          <table ref={table} className="matrix" aria-describedby="matrix-hint" onKeyDown={move}>
            <caption className="visually-hidden">{t("matrix.caption")}</caption>
            <thead>
              <tr>
                <td className="matrix-corner">{t("matrix.corner")}</td>
                {tab.columns.map((c, ci) => (
                  <th key={c.id} scope="col" className={props.selected === c.id ? "is-selected" : undefined}>
                    <button type="button" {...stop(-1, ci)} onClick={() => props.onSelect(c.id)}>
                      <span className="matrix-col-name">{props.nameOf(c.id)}</span>{" "}
                      <span className="count">{c.count}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, ri) => (
                <tr key={r.id} className={r.gap ? "is-gap" : undefined}>
                  <th scope="row" className={props.selected === r.id ? "is-selected" : undefined}>
                    <button type="button" {...stop(ri, -1)} onClick={() => props.onSelect(r.id)}>
                      {props.nameOf(r.id)}{" "}
                      {r.gap ? (
                        <span className="gap-badge">{t("matrix.gapCell")}</span>
                      ) : (
                        <span className="count">{tab.rows[ri]?.count}</span>
                      )}
                    </button>
                  </th>
                  {tab.columns.map((c, ci) => {
                    const cell = r.gap ? undefined : tab.cell(r.id, c.id);
                    const open = () => cell && props.onPair(r.id, c.id);
                    return (
                      <td
                        key={c.id}
                        {...stop(ri, ci)}
                        className={cell ? "has-links" : undefined}
                        title={cell ? cell.frameworks.map((f) => vocab("frameworks", f)).join(", ") : undefined}
                        onClick={open}
                        onKeyDown={(e) => {
                          if (e.key === "Enter" || e.key === " ") {
                            e.preventDefault();
                            open();
                          }
                        }}
                      >
                        {cell && (
                          <>
                            <MatrixMark frameworks={cell.frameworks} tentative={cell.tentative} />
                            <span aria-hidden="true">{cell.links.length}</span>
                            <span className="visually-hidden">
                              {t("matrix.cell", {
                                ms: props.nameOf(r.id),
                                partner: props.nameOf(c.id),
                                count: cell.links.length,
                              })}
                            </span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
