import { useId, useMemo, useState } from "react";

export interface PlaceOption {
  id: string;
  name: string;
  /** e.g. "3 links" or "no links reported" */
  hint: string;
}

/** A combobox that finds any country or region by name and selects it. */
export function PlaceSearch({ places, onSelect }: { places: PlaceOption[]; onSelect(id: string): void }) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    if (!q) return [];
    const starts = places.filter((p) => p.name.toLocaleLowerCase().startsWith(q));
    const contains = places.filter((p) => !p.name.toLocaleLowerCase().startsWith(q) && p.name.toLocaleLowerCase().includes(q));
    return [...starts, ...contains].slice(0, 8);
  }, [places, query]);
  const choose = (id: string) => {
    onSelect(id);
    setQuery("");
  };
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`}>Find a country</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches[active] ? `${listId}-${matches[active].id}` : undefined}
        placeholder="e.g. Georgia"
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
        <ul id={listId} role="listbox" className="search-results" aria-label="Matching countries">
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
      {query.trim() && matches.length === 0 && <p className="search-empty">No country matches “{query}”.</p>}
    </div>
  );
}
