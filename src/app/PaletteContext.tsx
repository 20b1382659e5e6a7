import { createContext, useContext } from "react";
import { PALETTES, type Palette } from "../scales/colors.ts";

/** The palette in force (light, dark or projector), for legend swatches that must match the map. */
export const PaletteContext = createContext<Palette>(PALETTES.light);

export function usePalette(): Palette {
  return useContext(PaletteContext);
}
