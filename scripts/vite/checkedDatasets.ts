/**
 * The build's check of each bundled dataset, kept: data/<id>/checked.json (checkedDataset.ts says
 * why) for every folder that validates with no issue. A folder with issues gets none, so the app
 * validates it in the page and shows the problems, as `npm run validate` does.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkedJson, fingerprint } from "../../src/data/datasets/checkedDataset.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { readDatasetFiles } from "../readDatasetFiles.ts";

/** checked.json's text by dataset id, made with the check id `check` (checkId.ts). */
export async function checkedDatasets(root: string, check: string): Promise<Map<string, string>> {
  const checked = new Map<string, string>();
  for (const id of readdirSync(root)) {
    const dir = join(root, id);
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, "dataset.json"))) continue;
    // The page knows a bundled dataset by its folder's name, whatever the data folder is called.
    const files = { ...readDatasetFiles(dir), expectedId: id };
    const { dataset, issues } = validateDataset(files);
    const print = await fingerprint(files, check);
    if (issues.length === 0 && print) checked.set(id, checkedJson(dataset, print, check));
  }
  return checked;
}
