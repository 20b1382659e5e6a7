import { useState } from "react";
import { localize } from "../data/datasets/manifest.ts";
import type { OwnDatasetSummary } from "../data/datasets/ownDatasetStore.ts";
import type { Dataset } from "../data/dataset.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import "./OwnDatasetTools.css";

/**
 * For the user's own datasets: the title and source line that go on every export, removing the one
 * shown, and forgetting them all (after a confirmation).
 */
export function OwnDatasetTools({
  dataset,
  own,
  onRename,
  onRemove,
  onForgetAll,
}: {
  dataset: Dataset;
  own: OwnDatasetSummary[];
  onRename(patch: { title?: string; citation?: string }): void;
  onRemove(id: string): void;
  onForgetAll(): void;
}) {
  const { t, locale } = useI18n();
  const current = dataset.manifest.id;
  const mine = own.find((o) => o.id === current);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      {mine && (
        <details className="own-meta">
          <summary>{t("data.editMeta")}</summary>
          <MetaField
            key={`t-${current}`}
            label={t("data.titleField")}
            value={localize(dataset.manifest.title, locale)}
            maxLength={160}
            onChange={(title) => onRename({ title })}
          />
          <MetaField
            key={`c-${current}`}
            label={t("data.citationField")}
            value={localize(dataset.manifest.citation, locale)}
            maxLength={300}
            onChange={(citation) => onRename({ citation })}
          />
        </details>
      )}
      {mine && (
        <p>
          <button type="button" className="link-button danger" onClick={() => onRemove(current)}>
            {t("data.remove")}
          </button>
        </p>
      )}
      {own.length > 0 &&
        (confirming ? (
          <div className="button-row" role="group" aria-label={t("data.forgetAll")}>
            <button
              type="button"
              className="button danger"
              autoFocus
              onClick={() => {
                setConfirming(false);
                onForgetAll();
              }}
            >
              {t("data.forgetConfirm", { count: own.length })}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t("import.cancel")}
            </button>
          </div>
        ) : (
          <button type="button" className="link-button danger" onClick={() => setConfirming(true)}>
            {t("data.forgetAll")}
          </button>
        ))}
    </>
  );
}

/** A text field that saves on leaving it (or on Enter), and only a non-empty change. */
function MetaField(props: { label: string; value: string; maxLength: number; onChange(value: string): void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="text"
        defaultValue={props.value}
        maxLength={props.maxLength}
        onBlur={(e) => {
          const v = e.target.value.trim();
          if (v && v !== props.value) props.onChange(v);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.currentTarget.blur();
        }}
      />
    </label>
  );
}
