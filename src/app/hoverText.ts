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
    const l = shown.find((x) => x.id === target.id);
    if (!l) return [];
    const group = target.count ?? 1;
    if (group > 1)
      return [
        `${name(l.member_state)} → ${name(l.partner)}`,
        vocab("frameworks", l.framework),
        t("tooltip.links", { count: group }),
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
