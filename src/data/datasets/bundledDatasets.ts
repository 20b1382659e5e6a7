/** The index of the datasets that ship with the atlas (data/index.json, written at build time). */
import { z } from "zod";

const localized = z.union([z.string(), z.record(z.string(), z.string())]);

export const datasetIndexSchema = z.object({
  datasets: z.array(z.object({ id: z.string(), title: localized, files: z.array(z.string()) })).min(1),
});

export type DatasetIndex = z.output<typeof datasetIndexSchema>;
export type BundledEntry = DatasetIndex["datasets"][number];
