import type { Link } from "../data/dataset.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import "./UndatedLinks.css";

/** Links without a date, listed apart while a date is chosen: "date unknown", never dropped silently. */
export function UndatedLinks({ links, nameOf }: { links: Link[]; nameOf(id: string): string }) {
  const { t } = useI18n();
  if (links.length === 0) return null;
  return (
    <details className="undated-links">
      <summary>{t("undated.title", { count: links.length })}</summary>
      <p className="muted">{t("undated.note")}</p>
      <ul>
        {links.slice(0, 200).map((l) => (
          <li key={l.id}>
            {nameOf(l.member_state)} → {nameOf(l.partner)} <span className="muted">· {t("undated.mark")}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
