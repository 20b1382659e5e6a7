import { describe, expect, it } from "vitest";
import { flowLine as line, flowsOf } from "../support/flowFixtures.ts";
import {
  EMPHASIS,
  FLOW_TEXTURE_WIDTH,
  flowTexels,
  flowWidthFactor,
  flowWidths,
  textureRows,
} from "../../src/map/flowStyle.ts";

const texelOf = (texels: Uint8Array, flow: number) => [...texels.slice(flow * 4, flow * 4 + 4)];

describe("flowTexels", () => {
  const flows = flowsOf(line("FRA", "MAR"), line("ITA", "MAR"), line("FRA", "SEN"));

  it("gives each flow its width factor from the links it shows: none hides it", () => {
    const texels = flowTexels(flows, Uint32Array.from([0, 4, 16]), null);
    expect(texels.length).toBe(FLOW_TEXTURE_WIDTH * 4);
    expect([0, 1, 2].map((i) => texelOf(texels, i))).toEqual([
      [0, EMPHASIS.none, 0, 0],
      [128, EMPHASIS.none, 0, 0],
      [255, EMPHASIS.none, 0, 0],
    ]);
    // One link: a factor of 1, a quarter of the byte's range.
    expect(texelOf(flowTexels(flows, Uint32Array.from([1, 0, 0]), null), 0)[0]).toBe(64);
  });

  it("marks the flows that touch the selected place, and fades the others", () => {
    const texels = flowTexels(flows, Uint32Array.from([1, 1, 1]), "SEN");
    expect([0, 1, 2].map((i) => texelOf(texels, i)[1])).toEqual([EMPHASIS.faded, EMPHASIS.faded, EMPHASIS.selected]);
    const byMemberState = flowTexels(flows, Uint32Array.from([1, 1, 1]), "FRA");
    expect([0, 1, 2].map((i) => texelOf(byMemberState, i)[1])).toEqual([
      EMPHASIS.selected,
      EMPHASIS.faded,
      EMPHASIS.selected,
    ]);
  });

  it("takes as many rows as the flows need, and never none", () => {
    expect([0, 1, FLOW_TEXTURE_WIDTH, FLOW_TEXTURE_WIDTH + 1].map(textureRows)).toEqual([1, 1, 1, 2]);
  });
});

describe("flowWidthFactor", () => {
  it("grows with the square root of the links shown, from none to four times a single link's width", () => {
    expect([0, 1, 2, 4, 9, 16, 100].map(flowWidthFactor)).toEqual([0, 1, Math.SQRT2, 2, 3, 4, 4]);
  });
});

describe("flowWidths", () => {
  it("holds the widths of the zoom stops, and interpolates between them", () => {
    expect(flowWidths(1, 1)).toEqual([1.6, 2.4, 1.2]);
    expect(flowWidths(0, 1)).toEqual([1.6, 2.4, 1.2]);
    expect(flowWidths(6, 1)).toEqual([3.4, 4.5, 2]);
    expect(flowWidths(9, 1)).toEqual([3.4, 4.5, 2]);
    const [plain] = flowWidths(5, 1);
    expect(plain).toBeCloseTo(3, 6);
  });

  it("scales with the palette (meeting mode draws wider lines)", () => {
    const [plain, selected, faded] = flowWidths(4, 1.7);
    expect(plain).toBeCloseTo(2.6 * 1.7, 6);
    expect(selected).toBeCloseTo(3.66 * 1.7, 6);
    expect(faded).toBeCloseTo(1.68 * 1.7, 6);
  });
});
