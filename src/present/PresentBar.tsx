import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext.tsx";
import type { Slide } from "./deck.ts";
import type { PresenterAction } from "./meetingNavigation.ts";
import "./sharedLabel.css";
import "./PresentBar.css";

/** Meeting mode's only controls: where you are in the deck, the slide's title and note (marked when shared), and the way out. */
export function PresentBar({
  slide,
  index,
  total,
  onAction,
  downloads,
  shared,
}: {
  slide: Slide | null;
  index: number | null;
  total: number;
  onAction(a: PresenterAction): void;
  downloads?: ReactNode;
  /** The deck came in a link: its titles are someone's text, not the atlas's, and say so above them. */
  shared?: { onSave(): void };
}) {
  const { t } = useI18n();
  const fullscreen = () => {
    if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return (
    <header className="present-bar">
      <div className="present-titles">
        {shared && (
          <p className="shared-label">
            {t("deck.shared.label", { count: total })}{" "}
            <button type="button" onClick={shared.onSave}>
              {t("deck.shared.save")}
            </button>
          </p>
        )}
        {slide ? (
          <>
            <h1 className="slide-title">{slide.title}</h1>
            {slide.note && <p className="slide-note">{slide.note}</p>}
          </>
        ) : (
          <h1 className="slide-title">{t("app.title")}</h1>
        )}
      </div>
      <nav className="present-controls" aria-label={t("present.enter")}>
        <button
          type="button"
          onClick={() => onAction("previous")}
          aria-label={t("present.previous")}
          disabled={index === null || index <= 1}
        >
          ←
        </button>
        <span className="slide-counter" aria-live="polite" data-testid="slide-counter">
          {index !== null ? t("present.counter", { n: index, total }) : "–"}
        </span>
        <button
          type="button"
          onClick={() => onAction("next")}
          aria-label={t("present.next")}
          disabled={index !== null && index >= total}
        >
          →
        </button>
        <button type="button" onClick={fullscreen}>
          {t("present.fullscreen")}
        </button>
        <button type="button" onClick={() => onAction("leave")}>
          {t("present.leave")}
        </button>
        {downloads}
      </nav>
    </header>
  );
}
