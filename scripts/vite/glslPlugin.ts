/**
 * Shaders ship without their comments and indentation, as MapLibre's own do: the GLSL in
 * src/map/flowShaders.ts stays readable in the source, and the first load carries only what the
 * GPU reads. Only template literals that start with `#version` are touched.
 */
import type { Plugin } from "vite";

const compact = (code: string) =>
  code
    .replace(/\s+/g, " ")
    .replace(/ ?([{}()[\];,=<>+\-*/?:!&|]) ?/g, "$1")
    .trim();

/** GLSL without comments and needless spaces; preprocessor lines (#version first) keep lines of their own. */
export function minifyGlsl(source: string): string {
  const lines = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/[^\n]*/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const out: string[] = [];
  let code: string[] = [];
  const flush = () => {
    if (code.length > 0) out.push(compact(code.join(" ")));
    code = [];
  };
  for (const line of lines) {
    if (line.startsWith("#")) {
      flush();
      out.push(line);
    } else code.push(line);
  }
  flush();
  return out.join("\n");
}

export function glslPlugin(): Plugin {
  return {
    name: "atlas-glsl",
    apply: "build",
    transform(code, id) {
      if (!/Shaders\.ts$/.test(id)) return null;
      return code.replace(/`(#version[^`]*)`/g, (_, glsl: string) => `\`${minifyGlsl(glsl)}\``);
    },
  };
}
