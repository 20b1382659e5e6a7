import type { Framework, Response, Status, Theme } from "../../data/vocabulary.ts";
import { enFirstLoad } from "./enFirstLoad.ts";
import { enParts } from "./enParts.ts";

export { enLabels } from "./enLabels.ts";

/**
 * The English UI catalogue, and the shape every other catalogue must have. `{name}` is filled
 * from the call's parameters; an object picks its form by Intl.PluralRules on `count`. The page
 * loads it in two (catalogues.ts): the first screen's messages, then those of the parts loaded on demand.
 */
export const en = { ...enFirstLoad, ...enParts };

export type MessageKey = keyof typeof en;
export type Template = string | { one: string; other: string };
export type Messages = Record<MessageKey, Template>;

/** Labels of the contract's vocabularies: the same words in the filters, legend, details and table. */
export interface VocabularyLabels {
  themes: Record<Theme, string>;
  frameworks: Record<Framework, string>;
  statuses: Record<Status, string>;
  responses: Record<Response, string>;
}
