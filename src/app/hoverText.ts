import type { Dataset, Link } from "../data/dataset.ts";
import { placeName } from "../data/places.ts";
import type { Locale } from "../i18n/countryNames.ts";
import { FRAMEWORK_LABELS, RESPONSE_LABELS, STATUS_LABELS } from "../i18n/labels.ts";
import type { HoverTarget } from "../map/MapView.tsx";

/** The short lines of the hover tooltip for an arc or a place. */
export function hoverText(target: HoverTarget, dataset: Dataset, shown: readonly Link[], locale: Locale): string[] {
  const name = (id: string) => placeName(id, dataset, locale);
  if (target.kind === "arc") {
    const l = shown.find((x) => x.id === target.id);
    if (!l) return [];
    return [`${name(l.member_state)} → ${name(l.partner)}`, `${FRAMEWORK_LABELS[l.framework]} · ${STATUS_LABELS[l.status]}`, l.instrument];
  }
  const count = shown.filter((l) => l.member_state === target.id || l.partner === target.id).length;
  const answer = dataset.memberStates.get(target.id);
  const lines = [name(target.id)];
  if (answer) lines.push(RESPONSE_LABELS[answer.response]);
  lines.push(count === 0 ? "No links shown" : `${count} link${count === 1 ? "" : "s"} shown · click for details`);
  return lines;
}
