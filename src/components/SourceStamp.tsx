import { stampParts } from "../app/stampText.ts";
import type { Dataset } from "../data/dataset.ts";
import { dataFileHref } from "../data/source/dataText.ts";
import { useI18n } from "../i18n/I18nContext.tsx";
import { isOwnDatasetId } from "../data/datasets/ownDatasetId.ts";

/** The dataset's source line on every view; a bundled source text is one click away, offline. */
export function SourceStamp({ dataset }: { dataset: Dataset }) {
  const i18n = useI18n();
  const { lead, citation } = stampParts(dataset, i18n);
  const text = dataset.manifest.source_text;
  // Own datasets live in this browser: their source text has no address to link to.
  const href =
    text && !isOwnDatasetId(dataset.manifest.id) ? dataFileHref(`data/${dataset.manifest.id}/${text}`) : null;
  return (
    <p className="source-stamp">
      {lead}{" "}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {citation}
        </a>
      ) : (
        <span>{citation}</span>
      )}
      {citation.endsWith(".") ? "" : "."}
    </p>
  );
}
