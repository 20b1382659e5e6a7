import type { Theme } from "../data/vocabulary.ts";
import { THEME_LABELS } from "../i18n/labels.ts";

export function ThemeChips({ themes }: { themes: readonly Theme[] }) {
  if (themes.length === 0) return <span className="muted">No focus area given</span>;
  return (
    <ul className="chips" aria-label="Focus areas">
      {themes.map((t) => <li key={t} className="chip">{THEME_LABELS[t]}</li>)}
    </ul>
  );
}
