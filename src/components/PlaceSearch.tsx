import { useEffect, useId, useMemo, useRef, useState } from "react";
import { matchPlaces, type PlaceOption } from "../data/searchPlaces.ts";
import { useI18n } from "../i18n/I18nContext.tsx";

/**
 * Finds any country or region by name and selects it: the WAI-ARIA combobox pattern (list
 * autocomplete, first match active). Focus stays in the text box; the active option is announced
 * through aria-activedescendant, and the number of matches through a polite status.
 */
export function PlaceSearch({ places, onSelect }: { places: PlaceOption[]; onSelect(id: string): void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const matches = useMemo(() => matchPlaces(places, query), [places, query]);
  const expanded = open && matches.length > 0;
  const optionId = (id: string) => `${listId}-${id}`;
  const activeOption = expanded ? matches[active] : undefined;
  // Arrow keys may move past the visible part of a long list: keep the active option in view.
  useEffect(() => {
    if (activeOption)
      list.current
        ?.querySelector(`[id="${CSS.escape(optionId(activeOption.id))}"]`)
        ?.scrollIntoView({ block: "nearest" });
  });
  const choose = (id: string) => {
    onSelect(id);
    setQuery("");
    setOpen(false);
  };
  const move = (step: number) => {
    if (!expanded) {
      setOpen(true);
      return;
    }
    setActive((a) => (a + step + matches.length) % matches.length);
  };
  const count = !query.trim()
    ? ""
    : matches.length === 0
      ? t("search.none", { query })
      : t("search.count", { count: matches.length });
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`}>{t("search.label")}</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(activeOption.id) : undefined}
        placeholder={t("search.placeholder")}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        // A click on an option keeps the focus here (mousedown is prevented), so blur means leaving.
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") move(1);
          else if (e.key === "ArrowUp") move(-1);
          else if (e.key === "Enter" && activeOption) choose(activeOption.id);
          // Escape closes the list first; with it closed, the browser's own Escape empties the box.
          else if (e.key === "Escape" && expanded) {
            setOpen(false);
            // Handled here: the atlas must not also clear its selection.
            e.stopPropagation();
          } else return;
          e.preventDefault();
        }}
      />
      <ul
        id={listId}
        ref={list}
        role="listbox"
        className="search-results"
        aria-label={t("search.results")}
        hidden={!expanded}
      >
        {expanded &&
          matches.map((p, i) => (
            <li
              key={p.id}
              id={optionId(p.id)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "is-active" : undefined}
              onMouseMove={() => setActive(i)}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p.id);
              }}
            >
              <span>{p.name}</span> <span className="hint">{p.hint}</span>
            </li>
          ))}
      </ul>
      {query.trim() && matches.length === 0 && (
        <p className="search-empty" aria-hidden="true">
          {t("search.none", { query })}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {open || matches.length === 0 ? count : ""}
      </p>
    </div>
  );
}
