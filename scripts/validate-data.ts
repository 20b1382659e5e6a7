// `npm run validate [dir]`: checks the data files with the same code the app loads them with.
import { validateDataset } from "../src/data/validateDataset.ts";
import { formatIssue } from "../src/data/validationIssue.ts";
import { readDatasetFiles } from "./readDatasetFiles.ts";

const dir = process.argv[2] ?? "data";
const files = readDatasetFiles(dir);
const { dataset, issues } = validateDataset(files);
for (const issue of issues) console.error(formatIssue(issue));
console.log(
  `${issues.length} problem${issues.length === 1 ? "" : "s"} · ${dataset.links.length} links · ` +
    `${dataset.memberStates.size} Member States · ${dataset.regions.size} regions · ${dataset.sources.size} sources`,
);
process.exit(issues.length === 0 ? 0 : 1);
