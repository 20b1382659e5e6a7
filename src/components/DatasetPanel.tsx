import type { BundledEntry } from "../data/datasets/bundledDatasets.ts";
import { localize } from "../data/datasets/manifest.ts";
import type { OwnDatasetSummary } from "../data/datasets/ownDatasetStore.ts";
import type { Dataset } from "../data/dataset.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import { OwnDatasetTools, Part } from "../app/lazyParts.tsx";

/**
 * Which dataset is shown, the bundled ones and the user's own; comparing; opening a file; the
 * template; and, with datasets of one's own, the tools for them (OwnDatasetTools).
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
      {/* Only with datasets of one's own: a part of its own (lazyParts.tsx), as most visitors have none. */}
      {props.own.length > 0 && (
        <Part fallback={null}>
          <OwnDatasetTools
            dataset={dataset}
            own={props.own}
            onRename={props.onRename}
            onRemove={props.onRemove}
            onForgetAll={props.onForgetAll}
          />
        </Part>
      )}
    </section>
  );
}
