import { useState } from "react";
import type { DeckExportState } from "../app/useDeckExport.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import type { Deck } from "../present/deck.ts";
import { DeckDownloads } from "./DeckDownloads.tsx";
import "./DeckExportPanel.css";

/** The sidebar's deck files: the story or My deck, as PowerPoint or PDF. */
export function DeckExportPanel(props: {
  story: Deck;
  myDeck: Deck;
  state: DeckExportState;
  onDownload(kind: "pptx" | "pdf", deck: Deck): void;
  onCancel(): void;
  onDismiss(): void;
}) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<"story" | "mine">("story");
  const mineCount = props.myDeck.slides.length;
  return (
    <div className="deck-export">
      <label className="field">
        <span>{t("deck.which")}</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value === "mine" ? "mine" : "story")}>
          <option value="story">{t("deck.story")}</option>
          <option value="mine" disabled={mineCount === 0}>
            {t("deck.myDeckOption")} ({mineCount})
          </option>
        </select>
      </label>
      <DeckDownloads
        state={props.state}
        onDownload={(kind) => props.onDownload(kind, choice === "mine" && mineCount ? props.myDeck : props.story)}
        onCancel={props.onCancel}
        onDismiss={props.onDismiss}
      />
    </div>
  );
}
