import { RESPONSES } from "../data/vocabulary.ts";
import { useDatasetStyle } from "../app/DatasetStyleContext.tsx";
import { useI18n } from "../i18n/I18nContext.tsx";
import { usePalette } from "../app/PaletteContext.tsx";
import { PARTNER_STEPS, partnerScale, type Palette } from "../scales/colors.ts";
import { FillSwatch, LineSwatch } from "./Swatches.tsx";

/** Room the legend takes on the map's right edge; the home camera keeps the links clear of it. */
export const LEGEND_WIDTH = 270;

/** Partner steps as readable ranges: 1, 2–3, 4–5, 6+. */
function stepLabels(palette: Palette): { label: string; color: string }[] {
  const partnerColor = partnerScale(palette);
  return PARTNER_STEPS.map((from, i) => {
    const next = PARTNER_STEPS[i + 1];
    const label = next === undefined ? `${from}+` : next - 1 === from ? `${from}` : `${from}–${next - 1}`;
    return { label, color: partnerColor(from) };
  });
}

/** Built from the same scales and the same shown links as the map, so it cannot disagree with it. */
export function Legend({ frameworks, statuses, defaultOpen, hasResponses, compare }: { frameworks: string[]; statuses: string[]; defaultOpen: boolean; hasResponses: boolean; compare?: { label: string; color: string; dashed: boolean; count: number }[] | null }) {
  const { t, vocab } = useI18n();
  const palette = usePalette();
  const style = useDatasetStyle();
  const isParticipation = (s: string) => style.isParticipation?.(s) ?? false;
  const participation = statuses.find(isParticipation);
  const hasTentative = statuses.some((s) => style.isTentative(s) && !isParticipation(s));
  const hasFirm = statuses.some((s) => !style.isTentative(s) && !isParticipation(s));
  return (
    <details className="legend" aria-label={t("legend.title")} open={defaultOpen} style={{ width: LEGEND_WIDTH }}>
      <summary>{t("legend.title")}</summary>
      {compare ? (
        <div className="legend-group">
          <h2 className="legend-title">{t("compare.legend")}</h2>
          <ul>
            {compare.map((c) => (
              <li key={c.label}>
                <svg className="swatch" width="26" height="10" aria-hidden="true"><line x1="1" y1="5" x2="25" y2="5" stroke={c.color} strokeWidth="3" strokeDasharray={c.dashed ? "5 3" : undefined} /></svg> {c.label} ({c.count})
              </li>
            ))}
          </ul>
        </div>
      ) : (<>
      <div className="legend-group">
      <h2 className="legend-title">{t("legend.frameworks")}</h2>
      {frameworks.length === 0 ? (
        <p className="legend-empty">{t("legend.noLinks")}</p>
      ) : (
        <ul>
          {frameworks.map((f) => (
            <li key={f}><LineSwatch framework={f} /> {vocab("frameworks", f)}</li>
          ))}
        </ul>
      )}
      </div>
      {(hasFirm || hasTentative || participation) && (
        <div className="legend-group">
          <h2 className="legend-title">{t("legend.status")}</h2>
          <ul>
            {hasFirm && <li><LineSwatch status="signed" /> {t("legend.firm")}</li>}
            {hasTentative && <li><LineSwatch status="planned" /> {t("legend.tentative")}</li>}
            {participation && <li><LineSwatch status={participation} /> {t("legend.participation")}</li>}
          </ul>
        </div>
      )}
      </>)}
      <div className="legend-group">
      <h2 className="legend-title">{hasResponses ? t("legend.memberStates") : t("filters.memberStates")}</h2>
      <ul>
        {hasResponses ? RESPONSES.map((r) => (
          <li key={r}><FillSwatch color={palette.responses[r]} hatched={r === "no_response"} /> {vocab("responses", r)}</li>
        )) : <li><FillSwatch color={palette.origin} /> {t("legend.withLinks")}</li>}
      </ul>
      </div>
      <div className="legend-group">
      <h2 className="legend-title">{t("legend.partners")}</h2>
      <ul className="legend-steps">
        {stepLabels(palette).map((s) => (
          <li key={s.label}><FillSwatch color={s.color} /> {s.label}</li>
        ))}
      </ul>
      </div>
    </details>
  );
}
