import { useI18n } from "../i18n/I18nContext.tsx";
import type { SharedDeck } from "./useSharedDeck.ts";
import "./sharedLabel.css";
import "./SharedDeckPanel.css";

/**
 * A deck that came in a link, beside My deck: marked as shared and not saved, with its slide titles as
 * plain text, so that nobody mistakes it for the atlas's own story or for their deck.
 */
export function SharedDeckPanel({
  shared,
  onPresent,
  onSave,
  onDismiss,
}: {
  shared: SharedDeck;
  onPresent(): void;
  onSave(): void;
  onDismiss(): void;
}) {
  const { t } = useI18n();
  return (
    <section className="shared-deck" aria-labelledby="shared-deck-label">
      <h2 id="shared-deck-label" className="shared-label">
        {t("deck.shared.label", { count: shared.deck.slides.length })}
      </h2>
      <p className="muted">{t("deck.shared.from")}</p>
      <ol className="shared-slides">
        {shared.deck.slides.map((s) => (
          <li key={s.id}>{s.title}</li>
        ))}
      </ol>
      <p className="deck-buttons">
        <button type="button" className="button" onClick={onPresent}>
          {t("deck.shared.present")}
        </button>
        <button type="button" className="button secondary" onClick={onSave}>
          {t("deck.shared.save")}
        </button>
        <button type="button" className="button secondary" onClick={onDismiss}>
          {t("deck.shared.dismiss")}
        </button>
      </p>
    </section>
  );
}
