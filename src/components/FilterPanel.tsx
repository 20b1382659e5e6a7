import { useState } from "react";
import type { Filters } from "../data/filters.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import { CheckboxGroup } from "./CheckboxGroup.tsx";
import { LineSwatch } from "./Swatches.tsx";

export interface NamedCount {
  id: string;
  name: string;
  count: number;
}

export function FilterPanel(props: {
  filters: Filters;
  themeCounts: Map<string, number>;
  /** The values this dataset uses, in vocabulary order. */
  offered: { themes: string[]; frameworks: string[]; statuses: string[] };
  memberStates: NamedCount[];
  partners: NamedCount[];
  onChange(next: Filters): void;
  gaps: boolean;
  onGaps(on: boolean): void;
}) {
  const { t, vocab } = useI18n();
  const { filters: f, onChange } = props;
  // Open at first when a list filter is set (e.g. from a shared link); afterwards the user decides.
  const [initiallyOpen] = useState(() => ({ ms: f.memberStates.length > 0, partners: f.partners.length > 0 }));
  // A value chosen in a link stays listed, so it can be unticked.
  const withChosen = (offered: string[], chosen: string[]) => [
    ...offered,
    ...chosen.filter((v) => !offered.includes(v)),
  ];
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...f, [key]: value });
  return (
    <div className="filter-panel">
      <CheckboxGroup
        legend={t("filters.themes")}
        options={withChosen(props.offered.themes, f.themes).map((th) => ({
          value: th,
          label: vocab("themes", th),
          count: props.themeCounts.get(th) ?? 0,
        }))}
        selected={f.themes}
        onChange={(v) => set("themes", v)}
      >
        <div className="match-toggle" role="radiogroup" aria-label={t("filters.match")}>
          {(["any", "all"] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="theme-match"
                value={m}
                checked={f.match === m}
                onChange={() => set("match", m)}
              />
              {m === "any" ? t("filters.matchAny") : t("filters.matchAll")}
            </label>
          ))}
        </div>
        {f.themes.length > 0 && (
          <label className="gaps-switch">
            <input
              type="checkbox"
              role="switch"
              checked={props.gaps}
              onChange={(e) => props.onGaps(e.target.checked)}
            />{" "}
            {t("gaps.switch")}
          </label>
        )}
      </CheckboxGroup>
      <CheckboxGroup
        legend={t("filters.framework")}
        options={withChosen(props.offered.frameworks, f.frameworks).map((fw) => ({
          value: fw,
          label: vocab("frameworks", fw),
          swatch: <LineSwatch framework={fw} />,
        }))}
        selected={f.frameworks}
        onChange={(v) => set("frameworks", v)}
      />
      <CheckboxGroup
        legend={t("filters.status")}
        options={withChosen(props.offered.statuses, f.statuses).map((s) => ({
          value: s,
          label: vocab("statuses", s),
          swatch: <LineSwatch status={s} />,
        }))}
        selected={f.statuses}
        onChange={(v) => set("statuses", v)}
      />
      <details open={initiallyOpen.ms}>
        <summary>
          {t("filters.memberStates")}
          {f.memberStates.length > 0 ? ` (${f.memberStates.length})` : ""}
        </summary>
        <CheckboxGroup
          legend={t("filters.memberState")}
          options={props.memberStates.map((m) => ({ value: m.id, label: m.name, count: m.count }))}
          selected={f.memberStates}
          onChange={(v) => set("memberStates", v)}
        />
      </details>
      <details open={initiallyOpen.partners}>
        <summary>
          {t("filters.partners")}
          {f.partners.length > 0 ? ` (${f.partners.length})` : ""}
        </summary>
        <CheckboxGroup
          legend={t("filters.partner")}
          options={props.partners.map((m) => ({ value: m.id, label: m.name, count: m.count }))}
          selected={f.partners}
          onChange={(v) => set("partners", v)}
        />
      </details>
    </div>
  );
}
