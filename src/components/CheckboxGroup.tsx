import type { ReactNode } from "react";
import { useI18n } from "../i18n/I18nContext.tsx";

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  count?: number;
  swatch?: ReactNode;
  /** Set when the label is data in the source's language rather than UI text. */
  lang?: string;
}

/** A fieldset of checkboxes: the accessible multi-select used for every filter. */
export function CheckboxGroup<T extends string>(props: {
  legend: string;
  options: CheckboxOption<T>[];
  selected: readonly T[];
  onChange(next: T[]): void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const toggle = (value: T, on: boolean) =>
    props.onChange(on ? [...props.selected, value] : props.selected.filter((v) => v !== value));
  return (
    <fieldset className="checkbox-group">
      <legend>{props.legend}</legend>
      {props.children}
      {props.options.map((o) => (
        <label
          key={o.value}
          className={o.count === 0 && !props.selected.includes(o.value) ? "option is-empty" : "option"}
        >
          <input
            type="checkbox"
            checked={props.selected.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.swatch}
          <span className="option-label" lang={o.lang}>
            {o.label}
          </span>
          {o.count !== undefined && (
            <span className="count" aria-label={t("filters.countLabel", { count: o.count })}>
              {o.count}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
