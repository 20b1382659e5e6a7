import type { Dataset, Link } from "../data/dataset.ts";
import { placeName } from "../data/places.ts";
import type { I18n } from "../i18n/I18nContext.tsx";
import type { HoverTarget } from "../map/MapView.tsx";

/** The short lines of the hover tooltip for an arc or a place. */
export function hoverText(
  target: HoverTarget,
  dataset: Dataset,
  shown: readonly Link[],
  { locale, t, vocab }: I18n,
): string[] {
  const name = (id: string) => placeName(id, dataset, locale);
  if (target.kind === "arc") {
    // A flow stands for several links, not all of them shown: the tooltip speaks of the shown ones.
    const ids = new Set(target.links ?? [target.id]);
    const inFlow = shown.filter((x) => ids.has(x.id));
    const l = inFlow[0];
    if (!l) return [];
    if (inFlow.length > 1)
      return [
        `${name(l.member_state)} → ${name(l.partner)}`,
        // In compare views a flow is a kind of pair, whose links may be of several frameworks.
        [...new Set(inFlow.map((x) => vocab("frameworks", x.framework)))].join(", "),
        t("tooltip.links", { count: inFlow.length }),
      ];
    return [
      `${name(l.member_state)} → ${name(l.partner)}`,
      `${vocab("frameworks", l.framework)} · ${vocab("statuses", l.status)}`,
      l.instrument,
    ];
  }
  const count = shown.filter((l) => l.member_state === target.id || l.partner === target.id).length;
  const answer = dataset.memberStates.get(target.id);
  const lines = [name(target.id)];
  if (answer) lines.push(vocab("responses", answer.response));
  lines.push(count === 0 ? t("tooltip.noLinks") : t("tooltip.links", { count }));
  return lines;
}
