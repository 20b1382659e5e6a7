import { useI18n } from "../i18n/I18nContext.tsx";
import "./ThemeChips.css";

export function ThemeChips({ themes }: { themes: readonly string[] }) {
  const { t, vocab } = useI18n();
  if (themes.length === 0) return <span className="muted">{t("link.noThemes")}</span>;
  return (
    <ul className="chips" aria-label={t("link.themes")}>
      {themes.map((th) => (
        <li key={th} className="chip">
          {vocab("themes", th)}
        </li>
      ))}
    </ul>
  );
}
