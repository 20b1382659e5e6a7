import type { Filters } from "../data/filters.ts";
import { FRAMEWORKS, STATUSES, THEMES, type Theme } from "../data/vocabulary.ts";
import { FRAMEWORK_LABELS, STATUS_LABELS, THEME_LABELS } from "../i18n/labels.ts";
import { CheckboxGroup } from "./CheckboxGroup.tsx";
import { LineSwatch } from "./Swatches.tsx";

export interface NamedCount {
  id: string;
  name: string;
  count: number;
}

export function FilterPanel(props: {
  filters: Filters;
  themeCounts: Record<Theme, number>;
  memberStates: NamedCount[];
  partners: NamedCount[];
  onChange(next: Filters): void;
}) {
  const { filters: f, onChange } = props;
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...f, [key]: value });
  return (
    <div className="filter-panel">
      <CheckboxGroup
        legend="Focus areas"
        options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t], count: props.themeCounts[t] }))}
        selected={f.themes}
        onChange={(v) => set("themes", v)}
      >
        <div className="match-toggle" role="radiogroup" aria-label="Links must cover">
          {(["any", "all"] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="theme-match" value={m} checked={f.match === m} onChange={() => set("match", m)} />
              {m === "any" ? "any chosen area" : "all chosen areas"}
            </label>
          ))}
        </div>
      </CheckboxGroup>
      <CheckboxGroup
        legend="Framework"
        options={FRAMEWORKS.map((fw) => ({ value: fw, label: FRAMEWORK_LABELS[fw], swatch: <LineSwatch framework={fw} /> }))}
        selected={f.frameworks}
        onChange={(v) => set("frameworks", v)}
      />
      <CheckboxGroup
        legend="Status (October 2010)"
        options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s], swatch: <LineSwatch status={s} /> }))}
        selected={f.statuses}
        onChange={(v) => set("statuses", v)}
      />
      <details open={f.memberStates.length > 0}>
        <summary>Member States{f.memberStates.length > 0 ? ` (${f.memberStates.length})` : ""}</summary>
        <CheckboxGroup
          legend="Member State"
          options={props.memberStates.map((m) => ({ value: m.id, label: m.name, count: m.count }))}
          selected={f.memberStates}
          onChange={(v) => set("memberStates", v)}
        />
      </details>
      <details open={f.partners.length > 0}>
        <summary>Partners{f.partners.length > 0 ? ` (${f.partners.length})` : ""}</summary>
        <CheckboxGroup
          legend="Partner"
          options={props.partners.map((m) => ({ value: m.id, label: m.name, count: m.count }))}
          selected={f.partners}
          onChange={(v) => set("partners", v)}
        />
      </details>
    </div>
  );
}
