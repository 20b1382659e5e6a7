// `npm run validate [dir]`: checks the data files with the same code the app loads them with.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_FILES, type DatasetFiles } from "../src/data/dataset.ts";
import { validateDataset } from "../src/data/validateDataset.ts";
import { formatIssue } from "../src/data/validationIssue.ts";

const dir = process.argv[2] ?? "data";
const read = (key: keyof DatasetFiles) => readFileSync(join(dir, DATA_FILES[key]), "utf8");
const files: DatasetFiles = {
  partnerships: read("partnerships"),
  memberStates: read("memberStates"),
  regions: read("regions"),
  sources: read("sources"),
  sourceText: read("sourceText"),
};
const { dataset, issues } = validateDataset(files);
for (const issue of issues) console.error(formatIssue(issue));
console.log(
  `${issues.length} problem${issues.length === 1 ? "" : "s"} · ${dataset.links.length} links · ` +
    `${dataset.memberStates.size} Member States · ${dataset.regions.size} regions · ${dataset.sources.size} sources`,
);
process.exit(issues.length === 0 ? 0 : 1);
