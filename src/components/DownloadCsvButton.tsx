import type { Link } from "../data/dataset.ts";
import { linksToCsv } from "../data/linksToCsv.ts";

/** Saves the rows the filters show, in the exact format of data/partnerships.csv; built locally, nothing is sent. */
export function DownloadCsvButton({ links, fileName, label }: { links: Link[]; fileName: string; label: string }) {
  const download = () => {
    const blob = new Blob([linksToCsv(links)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="button" onClick={download} disabled={links.length === 0}>
      {label}
    </button>
  );
}
