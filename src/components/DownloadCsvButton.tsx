import type { Link } from "../data/dataset.ts";
import type { linksToCsv } from "../data/linksToCsv.ts";
import { downloadBlob } from "../export/downloadBlob.ts";

/** Saves the rows the filters show, in the exact format of data/partnerships.csv; built locally, nothing is sent. */
export function DownloadCsvButton({
  links,
  fileName,
  label,
  extra,
}: {
  links: Link[];
  fileName: string;
  label: string;
  extra?: Parameters<typeof linksToCsv>[1];
}) {
  // The CSV writer (papaparse) is a chunk of its own: most visits never download a CSV.
  const download = async () => {
    const { linksToCsv } = await import("../data/linksToCsv.ts");
    downloadBlob(new Blob([linksToCsv(links, extra)], { type: "text/csv;charset=utf-8" }), fileName);
  };
  return (
    <button type="button" className="button" onClick={() => void download()} disabled={links.length === 0}>
      {label}
    </button>
  );
}
