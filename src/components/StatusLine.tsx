import type { LinkSummary } from "../data/filterLinks.ts";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function statusText(s: LinkSummary): string {
  return [plural(s.links, "link", "links"), plural(s.memberStates, "Member State", "Member States"), plural(s.partners, "partner", "partners")].join(" · ");
}

/** The live count of what is shown; announced to screen readers as it changes. */
export function StatusLine({ summary, filtered, onClear }: { summary: LinkSummary; filtered: boolean; onClear(): void }) {
  return (
    <div className="status-line">
      <p role="status" aria-live="polite" data-testid="status-line">
        {statusText(summary)}
        {filtered ? " shown" : ""}
      </p>
      <button type="button" className="link-button" onClick={onClear} disabled={!filtered}>
        Clear all filters
      </button>
    </div>
  );
}
