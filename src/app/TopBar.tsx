import { useState, type ReactNode } from "react";
import { LOCALE_NAMES } from "../i18n/catalogues.ts";
import { LOCALES, type Locale } from "../i18n/countryNames.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import type { View } from "../state/urlState.ts";
import type { UserAppearance } from "./useAppearance.ts";

export function TopBar(props: {
  title: string;
  /** The <iframe> snippet "Copy embed code" puts on the clipboard. */
  embedCode: string;
  subtitle: string;
  view: View;
  onView(v: View): void;
  locale: Locale;
  onLocale(l: Locale): void;
  appearance: UserAppearance;
  onAppearance(a: UserAppearance): void;
  onPresent(): void;
  onPng(): void;
  onPrint(): void;
  csvButton: ReactNode;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copyEmbed = async () => {
    try {
      await navigator.clipboard.writeText(props.embedCode);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard refused (an insecure page, a locked-down browser): show the code to copy by hand.
      window.prompt(t("embed.copy"), props.embedCode);
    }
  };
  return (
    <header className="topbar">
      <div className="titles">
        <h1>{props.title}</h1>
        <p className="subtitle">{props.subtitle}</p>
      </div>
      <div className="toolbar">
        <nav className="view-switch" aria-label={t("view.label")}>
          {(["map", "table", "matrix"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={props.view === v} onClick={() => props.onView(v)}>
              {v === "map" ? t("view.map") : v === "table" ? t("view.table") : t("view.matrix")}
            </button>
          ))}
        </nav>
        {props.csvButton}
        <button
          type="button"
          className="button secondary desk-only"
          onClick={props.onPng}
          disabled={props.view === "table"}
        >
          {t("export.png")}
        </button>
        <button type="button" className="button secondary desk-only" onClick={props.onPrint}>
          {t("export.print")}
        </button>
        <button type="button" className="button secondary desk-only" onClick={() => void copyEmbed()}>
          {copied ? t("embed.copied") : t("embed.copy")}
        </button>
        <button type="button" className="button" onClick={props.onPresent}>
          {t("present.enter")}
        </button>
        <label className="select-label">
          <span className="visually-hidden">{t("app.language")}</span>
          <select
            value={props.locale}
            onChange={(e) => props.onLocale(e.target.value as Locale)}
            aria-label={t("app.language")}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="select-label">
          <span className="visually-hidden">{t("app.appearance")}</span>
          <select
            value={props.appearance}
            onChange={(e) => props.onAppearance(e.target.value === "dark" ? "dark" : "light")}
            aria-label={t("app.appearance")}
          >
            <option value="light">{t("appearance.light")}</option>
            <option value="dark">{t("appearance.dark")}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
