import { useState } from "react";
import { useI18n } from "../i18n/I18nContext.tsx";
import type { SalvagedDeck } from "./salvageDeck.ts";
import type { MyDeckProblem } from "./useMyDeck.ts";
import type { SavedShared } from "./useSharedDeck.ts";

/**
 * What happened to a deck that the user would otherwise not see: slides of a link or of storage left
 * out, text cut, a save that did not reach storage, shared slides saved. Failures are alerts; the rest status.
 */
export function DeckNotices({
  link,
  linkDamaged,
  linkKey,
  problem,
  onDismissProblem,
  saved,
  onDismissSaved,
}: {
  link: SalvagedDeck | null;
  linkDamaged: boolean;
  /** Changes with every reading of the address, so a dismissed report comes back only for another link. */
  linkKey: object;
  problem: MyDeckProblem | null;
  onDismissProblem(): void;
  saved: SavedShared | null;
  onDismissSaved(): void;
}) {
  const { t } = useI18n();
  // A link's report belongs to that link: dismissed once, it does not come back while it stays open.
  const [dismissedKey, setDismissedKey] = useState<object | null>(null);
  const linkLines = [
    linkDamaged ? t("deck.link.unreadable") : "",
    link && link.dropped > 0 ? t("deck.link.dropped", { count: link.dropped }) : "",
    link && link.shortened > 0 ? t("deck.link.shortened", { count: link.shortened }) : "",
  ].filter(Boolean);
  const problemText =
    problem === null
      ? ""
      : problem.kind === "saveFailed"
        ? t("deck.store.saveFailed")
        : problem.kind === "unreadable"
          ? t("deck.store.unreadable")
          : t("deck.store.dropped", { count: problem.count });
  const dismiss = t("notice.dismiss");
  return (
    <>
      {linkLines.length > 0 && dismissedKey !== linkKey && (
        <div className="notice" role="alert">
          <p>{linkLines.join(" ")}</p>
          <button type="button" onClick={() => setDismissedKey(linkKey)} aria-label={t("notice.dismissLabel")}>
            {dismiss}
          </button>
        </div>
      )}
      {problem && (
        <div className="notice" role="alert">
          <p>{problemText}</p>
          <button type="button" onClick={onDismissProblem} aria-label={t("notice.dismissLabel")}>
            {dismiss}
          </button>
        </div>
      )}
      {saved && (
        <div className="notice" role="status">
          <p>
            {saved.added < saved.total
              ? t("deck.shared.notAllSaved", { count: saved.added, total: saved.total })
              : t("deck.shared.saved", { count: saved.added })}
          </p>
          <button type="button" onClick={onDismissSaved} aria-label={t("notice.dismissLabel")}>
            {dismiss}
          </button>
        </div>
      )}
    </>
  );
}
