import { useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/I18nContext.tsx";
import { addSlide, deleteSlide, moveSlide, newSlideId, renameSlide, type Deck } from "./deck.ts";
import { MAIL_SAFE_LENGTH } from "./deckLink.ts";
import "./DeckPanel.css";

/** Build and share your own deck: add the current view, rename, reorder, delete. */
export function DeckPanel(props: {
  deck: Deck;
  currentQuery: string;
  currentNote: string;
  /**
   * The note is of the filters on screen while the new ones are still being worked out (a
   * deferred render, a tenth of a second at 100,000 links): a slide asked for then waits for them.
   */
  notePending?: boolean;
  onChange(next: Deck): void;
  onPresent(): void;
  onPresentStory(): void;
  shareUrl: string;
}) {
  const { t, labelled } = useI18n();
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const { deck, onChange } = props;
  /** Adds the current view `times` times, as that many clicks would. */
  const add = (times = 1) => {
    let next = deck;
    for (let i = 0; i < times; i++)
      next = addSlide(next, {
        id: newSlideId(next),
        title: t("deck.newSlide", { n: next.slides.length + 1 }),
        note: props.currentNote,
        query: props.currentQuery,
      });
    onChange(next);
  };
  // Clicks while the note is pending are counted and carried out with the note of the slides' own view.
  const [queued, setQueued] = useState(0);
  const latestAdd = useRef(add);
  latestAdd.current = add;
  useEffect(() => {
    if (queued === 0 || props.notePending) return;
    setQueued(0);
    latestAdd.current(queued);
  }, [queued, props.notePending]);
  const onAdd = () => (props.notePending ? setQueued((n) => n + 1) : add());
  const share = async () => {
    try {
      await navigator.clipboard.writeText(props.shareUrl);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <details className="deck-panel">
      <summary>
        {t("deck.mine")} ({deck.slides.length})
      </summary>
      <button type="button" className="button" onClick={props.onPresentStory}>
        {t("deck.presentStory")}
      </button>
      <button type="button" className="button secondary" onClick={onAdd}>
        {t("deck.add")}
      </button>
      {deck.slides.length === 0 ? (
        <p className="muted">{t("deck.empty")}</p>
      ) : (
        <ol className="deck-slides">
          {deck.slides.map((s, i) => (
            <li key={s.id}>
              <label>
                <span className="visually-hidden">
                  {t("deck.titleLabel")} {i + 1}
                </span>
                <input
                  type="text"
                  value={s.title}
                  onChange={(e) => onChange(renameSlide(deck, s.id, e.target.value))}
                />
              </label>
              <label>
                <span className="visually-hidden">
                  {t("deck.noteLabel")} {i + 1}
                </span>
                <input
                  type="text"
                  className="note-input"
                  value={s.note}
                  onChange={(e) => onChange(renameSlide(deck, s.id, s.title, e.target.value))}
                />
              </label>
              <span className="deck-actions">
                <button
                  type="button"
                  onClick={() => onChange(moveSlide(deck, s.id, -1))}
                  disabled={i === 0}
                  aria-label={labelled(t("deck.moveUp"), s.title)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => onChange(moveSlide(deck, s.id, 1))}
                  disabled={i === deck.slides.length - 1}
                  aria-label={labelled(t("deck.moveDown"), s.title)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  onClick={() => onChange(deleteSlide(deck, s.id))}
                  aria-label={labelled(t("deck.delete"), s.title)}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {deck.slides.length > 0 && (
        <p className="deck-buttons">
          <button type="button" className="button" onClick={props.onPresent}>
            {t("deck.present")}
          </button>
          <button type="button" className="button secondary" onClick={() => void share()}>
            {copied === "yes" ? t("deck.copied") : t("deck.share")}
          </button>
        </p>
      )}
      {deck.slides.length > 0 && props.shareUrl.length > MAIL_SAFE_LENGTH && (
        <p className="muted">{t("deck.longLink", { length: props.shareUrl.length })}</p>
      )}
      {copied === "failed" && (
        <label className="share-fallback">
          {t("deck.shareFallback")}
          <input type="text" readOnly value={props.shareUrl} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </details>
  );
}
