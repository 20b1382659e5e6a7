import { createContext, useContext } from "react";
import { CONTRACT_VOCABULARY } from "../data/datasets/datasetVocabulary.ts";
import { datasetStyle, type DatasetStyle } from "../scales/frameworkColors.ts";

/** How the loaded dataset's vocabulary is drawn: one source for map, legend, swatches and exports. */
export const DatasetStyleContext = createContext<DatasetStyle>(datasetStyle(CONTRACT_VOCABULARY));

export function useDatasetStyle(): DatasetStyle {
  return useContext(DatasetStyleContext);
}
