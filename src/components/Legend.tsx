import type { LegendSection } from "../legend/legendModel.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import { ModelSwatch } from "./Swatches.tsx";

/** Room the legend takes on the map's right edge; the home camera keeps the links clear of it. */
export const LEGEND_WIDTH = 270;

/**
 * The legend model (src/legend/legendModel.ts) as DOM. The PNG draws the same sections, and the
 * model is built from the same scales and shown links as the map, so neither can disagree with it.
 */
export function Legend({ sections, defaultOpen }: { sections: readonly LegendSection[]; defaultOpen: boolean }) {
  const { t } = useI18n();
  return (
    <details className="legend" aria-label={t("legend.title")} open={defaultOpen} style={{ width: LEGEND_WIDTH }}>
      <summary>{t("legend.title")}</summary>
      {sections.map((s) => (
        <div className="legend-group" key={s.id} data-legend={s.id}>
          <h2 className="legend-title">{s.title}</h2>
          {s.entries.length === 0 && s.empty ? (
            <p className="legend-empty">{s.empty}</p>
          ) : (
            <ul className={s.inline ? "legend-steps" : undefined}>
              {s.entries.map((e) => (
                <li key={e.label}>
                  <ModelSwatch swatch={e.swatch} /> {e.label}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </details>
  );
}
