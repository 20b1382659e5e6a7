import type { Ref } from "react";
import type { Link } from "../data/dataset.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import { dateRange } from "./LinkCard.tsx";
import { LineSwatch } from "./Swatches.tsx";
import type { CompareInfo } from "./TableView.tsx";
import "./quote.css";

/** One link of the table. `index` and `rowRef` are for the virtualized table, which measures each row it draws. */
export function TableRow(props: {
  link: Link;
  selected: boolean;
  nameOf(id: string): string;
  onSelect(id: string): void;
  compare?: CompareInfo | null;
  quoteLang?(link: Link): string;
  index?: number;
  /** 1-based position among all rows, header included, for screen readers when only some rows are in the page. */
  ariaRowIndex?: number;
  rowRef?: Ref<HTMLTableRowElement>;
}) {
  const i18n = useI18n();
  const { t, vocab } = i18n;
  const l = props.link;
  const also = props.compare?.get(l)?.also;
  return (
    // A click anywhere on a row selects its partner; the name buttons are the keyboard path.
    <tr
      ref={props.rowRef}
      className={props.selected ? "is-selected" : undefined}
      data-link-id={l.id}
      data-index={props.index}
      aria-rowindex={props.ariaRowIndex}
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
          {also && <p className="muted compare-also">{also}</p>}
        </td>
      )}
    </tr>
  );
}
