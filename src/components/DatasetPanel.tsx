import { useState } from "react";
import type { BundledEntry } from "../data/datasets/bundledDatasets.ts";
import { localize } from "../data/datasets/manifest.ts";
import type { OwnDatasetSummary } from "../data/datasets/ownDatasetStore.ts";
import type { Dataset } from "../data/dataset.ts";
import { useI18n } from "../i18n/I18nContext.tsx";

/**
 * Which dataset is shown: the bundled ones and the user's own, each of those removable; opening a
 * file; the template; and, for the user's own, the title and source line that go on every export.
 */
export function DatasetPanel(props: {
  dataset: Dataset;
  bundled: BundledEntry[];
  own: OwnDatasetSummary[];
  onChoose(id: string): void;
  compare: string | null;
  onCompare(id: string | null): void;
  onOpen(): void;
  onTemplate(): void;
  onRename(patch: { title?: string; citation?: string }): void;
  onRemove(id: string): void;
  onForgetAll(): void;
}) {
  const { t, locale } = useI18n();
  const { dataset } = props;
  const current = dataset.manifest.id;
  const mine = props.own.find((o) => o.id === current);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="dataset-panel" aria-labelledby="dataset-panel-title">
      <h2 id="dataset-panel-title" className="panel-title">
        {t("data.title")}
      </h2>
      {/* Labelled by id, not by wrapping: a wrapping label would put the chosen title into the name. */}
      <div className="field">
        <label htmlFor="dataset-choice">{t("data.choose")}</label>
        <select id="dataset-choice" value={current} onChange={(e) => props.onChoose(e.target.value)}>
          {props.bundled.map((d) => (
            <option key={d.id} value={d.id}>
              {localize(d.title, locale)}
            </option>
          ))}
          {props.own.length > 0 && (
            <optgroup label={t("data.mine")}>
              {props.own.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.overrides?.title ?? d.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-choice">{t("compare.with")}</label>
        <select
          id="compare-choice"
          value={props.compare ?? ""}
          onChange={(e) => props.onCompare(e.target.value || null)}
        >
          <option value="">{t("compare.none")}</option>
          {props.bundled
            .filter((d) => d.id !== current)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {localize(d.title, locale)}
              </option>
            ))}
          {props.own
            .filter((d) => d.id !== current)
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.overrides?.title ?? d.title}
              </option>
            ))}
        </select>
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={props.onOpen}>
          {t("data.open")}
        </button>
        <button type="button" className="button secondary" onClick={props.onTemplate}>
          {t("data.template")}
        </button>
      </div>
      <p className="hint">{t("data.private")}</p>
      {mine && (
        <details className="own-meta">
          <summary>{t("data.editMeta")}</summary>
          <label className="field">
            <span>{t("data.titleField")}</span>
            <input
              key={`t-${current}`}
              type="text"
              defaultValue={localize(dataset.manifest.title, locale)}
              maxLength={160}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v && v !== localize(dataset.manifest.title, locale)) props.onRename({ title: v });
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter") e.currentTarget.blur();
              }}
            />
          </label>
          <label className="field">
            <span>{t("data.citationField")}</span>
            <input
              key={`c-${current}`}
              type="text"
              defaultValue={localize(dataset.manifest.citation, locale)}
              maxLength={300}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v && v !== localize(dataset.manifest.citation, locale)) props.onRename({ citation: v });
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter") e.currentTarget.blur();
              }}
            />
          </label>
        </details>
      )}
      {mine && (
        <p>
          <button type="button" className="link-button danger" onClick={() => props.onRemove(current)}>
            {t("data.remove")}
          </button>
        </p>
      )}
      {props.own.length > 0 &&
        (confirming ? (
          <div className="button-row" role="group" aria-label={t("data.forgetAll")}>
            <button
              type="button"
              className="button danger"
              autoFocus
              onClick={() => {
                setConfirming(false);
                props.onForgetAll();
              }}
            >
              {t("data.forgetConfirm", { count: props.own.length })}
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
    </section>
  );
}
