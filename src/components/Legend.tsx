import type { Framework, Status } from "../data/vocabulary.ts";
import { RESPONSES, TENTATIVE_STATUSES } from "../data/vocabulary.ts";
import { FRAMEWORK_LABELS, RESPONSE_LABELS } from "../i18n/labels.ts";
import { PARTNER_STEPS, partnerColor, responseColor } from "../scales/colors.ts";
import { FillSwatch, LineSwatch } from "./Swatches.tsx";

/** Room the legend takes on the map's right edge; the home camera keeps the links clear of it. */
export const LEGEND_WIDTH = 270;

/** Partner steps as readable ranges: 1, 2–3, 4–5, 6+. */
function stepLabels(): { label: string; color: string }[] {
  return PARTNER_STEPS.map((from, i) => {
    const next = PARTNER_STEPS[i + 1];
    const label = next === undefined ? `${from}+` : next - 1 === from ? `${from}` : `${from}–${next - 1}`;
    return { label, color: partnerColor(from) };
  });
}

/** Built from the same scales and the same shown links as the map, so it cannot disagree with it. */
export function Legend({ frameworks, statuses, defaultOpen }: { frameworks: Framework[]; statuses: Status[]; defaultOpen: boolean }) {
  const hasTentative = statuses.some((s) => TENTATIVE_STATUSES.has(s));
  const hasFirm = statuses.some((s) => !TENTATIVE_STATUSES.has(s));
  return (
    <details className="legend" aria-label="Legend" open={defaultOpen} style={{ width: LEGEND_WIDTH }}>
      <summary>Legend</summary>
      <div className="legend-group">
      <h2 className="legend-title">Links by framework</h2>
      {frameworks.length === 0 ? (
        <p className="legend-empty">No links shown</p>
      ) : (
        <ul>
          {frameworks.map((f) => (
            <li key={f}><LineSwatch framework={f} /> {FRAMEWORK_LABELS[f]}</li>
          ))}
        </ul>
      )}
      </div>
      {(hasFirm || hasTentative) && (
        <div className="legend-group">
          <h2 className="legend-title">Status</h2>
          <ul>
            {hasFirm && <li><LineSwatch status="signed" /> in place or done</li>}
            {hasTentative && <li><LineSwatch status="planned" /> planned, negotiating or of interest</li>}
          </ul>
        </div>
      )}
      <div className="legend-group">
      <h2 className="legend-title">Member States: answer to the query</h2>
      <ul>
        {RESPONSES.map((r) => (
          <li key={r}><FillSwatch color={responseColor(r)} hatched={r === "no_response"} /> {RESPONSE_LABELS[r]}</li>
        ))}
      </ul>
      </div>
      <div className="legend-group">
      <h2 className="legend-title">Partners: Member States linked</h2>
      <ul className="legend-steps">
        {stepLabels().map((s) => (
          <li key={s.label}><FillSwatch color={s.color} /> {s.label}</li>
        ))}
      </ul>
      </div>
    </details>
  );
}
