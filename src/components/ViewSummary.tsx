import { useState } from "react";
import { useI18n } from "../i18n/I18nContext.tsx";

/** The view in one paragraph, for the minutes or a colleague who cannot see the map; copied in one click. */
export function ViewSummary({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  // One line on screen, so the map keeps its room; the whole text is always there for screen readers.
  const [open, setOpen] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className={`view-summary${open ? " is-open" : ""}`} role="region" aria-label={t("summary.title")}>
      <h2 className="visually-hidden">{t("summary.title")}</h2>
      <p data-testid="view-summary">{text}</p>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t("summary.less") : t("summary.more")}
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => void copy()}
        aria-label={`${t("summary.copy")}: ${t("summary.title")}`}
      >
        {copied ? t("summary.copied") : t("summary.copy")}
      </button>
    </section>
  );
}
