import { describe, expect, it } from "vitest";
import { wrapLabel } from "../../src/geo/wrapLabel.ts";

/** A monospace measure: 10 px per character. */
const measure = (s: string) => s.length * 10;

describe("wrapLabel", () => {
  it("keeps a name that fits on one line", () => {
    expect(wrapLabel("Morocco", measure, 128)).toEqual(["Morocco"]);
    expect(wrapLabel("Cape Verde", measure, 128)).toEqual(["Cape Verde"]);
  });

  it("breaks a long name into even lines at spaces", () => {
    expect(wrapLabel("Bosnia and Herzegovina", measure, 128)).toEqual(["Bosnia and", "Herzegovina"]);
    const lines = wrapLabel("Democratic Republic of the Congo", measure, 128);
    expect(lines.join(" ")).toBe("Democratic Republic of the Congo");
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(128);
  });

  it("leaves a single word longer than the width whole", () => {
    expect(wrapLabel("Liechtensteinishland", measure, 128)).toEqual(["Liechtensteinishland"]);
  });
});
