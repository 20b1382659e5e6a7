// `npm run validate [folder…]`: checks dataset folders with the same code the app loads them with.
// Without arguments, every bundled dataset under data/.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { validateDataset } from "../src/data/validateDataset.ts";
import { formatIssue } from "../src/data/validationIssue.ts";
import { readDatasetFiles } from "./readDatasetFiles.ts";

const bundled = () =>
  readdirSync("data")
    .map((d) => join("data", d))
    .filter((d) => statSync(d).isDirectory());
const dirs = process.argv.length > 2 ? process.argv.slice(2) : bundled();
let failed = 0;
for (const dir of dirs) {
  if (!existsSync(join(dir, "partnerships.csv"))) {
    console.error(`${dir}: no partnerships.csv — expected a dataset folder (see data/README.md)`);
    failed++;
    continue;
  }
  const { dataset, issues } = validateDataset(readDatasetFiles(dir));
  for (const issue of issues) console.error(formatIssue(issue));
  const memberStates = new Set(dataset.links.map((l) => l.member_state).filter((id) => !dataset.regions.has(id))).size;
  console.log(
    `${dir}: ${issues.length} problem${issues.length === 1 ? "" : "s"} · ${dataset.links.length} links · ` +
      `${memberStates} Member States with links · ${dataset.memberStates.size} answers · ${dataset.regions.size} regions · ${dataset.sources.size} sources`,
  );
  if (issues.length > 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
