import { useId, useMemo, useState } from "react";
import { matchPlaces, type PlaceOption } from "../data/searchPlaces.ts";
import { useI18n } from "../i18n/I18nContext.tsx";

/** A combobox that finds any country or region by name and selects it. */
export function PlaceSearch({ places, onSelect }: { places: PlaceOption[]; onSelect(id: string): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => matchPlaces(places, query), [places, query]);
  const choose = (id: string) => {
    onSelect(id);
    setQuery("");
  };
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`}>{t("search.label")}</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches[active] ? `${listId}-${matches[active].id}` : undefined}
        placeholder={t("search.placeholder")}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, matches.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter" && matches[active]) choose(matches[active].id);
          else return;
          e.preventDefault();
        }}
      />
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="search-results" aria-label={t("search.results")}>
          {matches.map((p, i) => (
            <li key={p.id} id={`${listId}-${p.id}`} role="option" aria-selected={i === active} className={i === active ? "is-active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p.id);
              }}>
              <span>{p.name}</span> <span className="hint">{p.hint}</span>
            </li>
          ))}
        </ul>
      )}
      {query.trim() && matches.length === 0 && <p className="search-empty">{t("search.none", { query })}</p>}
    </div>
  );
}
