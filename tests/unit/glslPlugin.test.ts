import { describe, expect, it } from "vitest";
import { minifyGlsl } from "../../scripts/vite/glslPlugin.ts";
import { FLOW_FRAGMENT_SHADER, FLOW_VERTEX_SHADER } from "../../src/map/flowShaders.ts";

/** The shader's words and symbols in order, whatever the spacing. */
const tokens = (glsl: string) => glsl.match(/[A-Za-z_]\w*|\d+\.?\d*|\S/g) ?? [];
const withoutComments = (glsl: string) => glsl.replace(/\/\/[^\n]*/g, "");

describe("minifyGlsl", () => {
  for (const [name, shader] of [
    ["vertex", FLOW_VERTEX_SHADER],
    ["fragment", FLOW_FRAGMENT_SHADER],
  ] as const)
    it(`keeps every token of the ${name} shader, in order, and drops its comments`, () => {
      const small = minifyGlsl(shader);
      expect(small.startsWith("#version 300 es\n")).toBe(true);
      expect(tokens(small)).toEqual(tokens(withoutComments(shader)));
      expect(small).not.toContain("//");
      expect(small.length).toBeLessThan(shader.length * 0.8);
    });

  it("keeps a preprocessor line on a line of its own", () => {
    expect(minifyGlsl("#version 300 es\nprecision highp float;\n#define A 1\nfloat b = A;")).toBe(
      "#version 300 es\nprecision highp float;\n#define A 1\nfloat b=A;",
    );
  });
});
