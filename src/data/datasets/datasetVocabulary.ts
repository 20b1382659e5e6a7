/**
 * The vocabularies a dataset may use: the contract's values plus the manifest's own. Anything
 * else in a cell is an error that lists these. Plain arrays and records, so a Web Worker can send it.
 */
import { FRAMEWORKS, STATUSES, TENTATIVE_STATUSES, THEMES } from "../vocabulary.ts";
import type { LocalizedText, Manifest } from "./manifest.ts";

export type VocabularyKind = "frameworks" | "statuses" | "themes";

export interface DatasetVocabulary {
  frameworks: string[];
  statuses: string[];
  themes: string[];
  /** Statuses drawn dashed: planned, negotiating, of interest, and the manifest's tentative ones. */
  tentative: string[];
  /** Statuses of Member States that take part without signing: drawn dotted, said so everywhere. */
  participation: string[];
  /** Colours the manifest gives its own frameworks. */
  colors: Record<string, string>;
  /** Labels of the manifest's own values; the contract's come from the UI catalogues. */
  extraLabels: Record<VocabularyKind, Record<string, LocalizedText>>;
}

export function datasetVocabulary(manifest: Pick<Manifest, "vocabulary">): DatasetVocabulary {
  const extra = manifest.vocabulary ?? {};
  const ids = (base: readonly string[], kind: VocabularyKind) => [...new Set([...base, ...(extra[kind] ?? []).map((e) => e.id)])];
  const labels = (kind: VocabularyKind) => Object.fromEntries((extra[kind] ?? []).map((e) => [e.id, e.label]));
  return {
    frameworks: ids(FRAMEWORKS, "frameworks"),
    statuses: ids(STATUSES, "statuses"),
    themes: ids(THEMES, "themes"),
    tentative: [...TENTATIVE_STATUSES, ...(extra.statuses ?? []).filter((e) => e.tentative).map((e) => e.id)],
    participation: (extra.statuses ?? []).filter((e) => e.participation).map((e) => e.id),
    colors: Object.fromEntries((extra.frameworks ?? []).flatMap((e) => (e.color ? [[e.id, e.color]] : []))),
    extraLabels: { frameworks: labels("frameworks"), statuses: labels("statuses"), themes: labels("themes") },
  };
}

export const CONTRACT_VOCABULARY: DatasetVocabulary = datasetVocabulary({});
