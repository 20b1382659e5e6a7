/**
 * "Did not answer", hatched: the Member States' polygons with diagonal stripes, drawn by a WebGL
 * layer of the atlas's own. MapLibre's fill-pattern program did this before, and compiling it
 * without a GPU cost a load about 170 ms, a third of the gap to a bare map (issue #9); this
 * program is a few lines. Each pixel's cover by the polygons' fans (hatchTriangles.ts) is counted
 * in the stencil buffer, then the stripes go where it is odd, each pixel once.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from "maplibre-gl";
import { rgb } from "../geo/flowMesh.ts";
import { linkProgram } from "./glProgram.ts";

const VERTEX = `#version 300 es
in vec2 a_pos;
uniform mat4 u_matrix;
void main() {
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
}
`;

// Stripes from the pixel's place on screen, as the pattern image was: a line every u_period pixels.
const FRAGMENT = `#version 300 es
precision highp float;
uniform vec4 u_color;
uniform float u_period;
uniform float u_on;
out vec4 fragColor;
void main() {
  if (mod(gl_FragCoord.x - gl_FragCoord.y, u_period) >= u_on) discard;
  fragColor = u_color;
}
`;

/** The pattern image's look: a 1 px stripe every 4 CSS pixels, at 55% opacity. */
const PERIOD = 4;
const STRIPE = 1;
const OPACITY = 0.55;

interface Gpu {
  gl: WebGL2RenderingContext;
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  u: Record<"matrix" | "color" | "period" | "on", WebGLUniformLocation | null>;
}

function setUp(gl: WebGL2RenderingContext): Gpu {
  const program = linkProgram(gl, VERTEX, FRAGMENT, "hatch layer");
  const vao = gl.createVertexArray();
  const buffer = gl.createBuffer();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  const at = gl.getAttribLocation(program, "a_pos");
  gl.enableVertexAttribArray(at);
  gl.vertexAttribPointer(at, 2, gl.FLOAT, false, 8, 0);
  gl.bindVertexArray(null);
  const u = (name: string) => gl.getUniformLocation(program, name);
  return {
    gl,
    program,
    vao,
    buffer,
    u: { matrix: u("u_matrix"), color: u("u_color"), period: u("u_period"), on: u("u_on") },
  };
}

export class HatchLayer implements CustomLayerInterface {
  readonly type = "custom";
  readonly renderingMode = "2d";
  private map: MapLibreMap | null = null;
  private gpu: Gpu | null = null;
  private triangles: Float32Array = new Float32Array(0);
  private dirty = false;
  private color: [number, number, number, number] = [0, 0, 0, 0];
  /** Set when the program would not link here: the map goes on without the hatching. */
  private failed = false;

  constructor(readonly id: string) {}

  /** The hatched polygons' fans (hatchTriangles). */
  setTriangles(triangles: Float32Array) {
    this.triangles = triangles;
    this.dirty = true;
    this.map?.triggerRepaint();
  }

  /** The stripes' colour, "#rrggbb". */
  setColor(hex: string) {
    const [r, g, b] = rgb(hex);
    const color: [number, number, number, number] = [
      (r / 255) * OPACITY,
      (g / 255) * OPACITY,
      (b / 255) * OPACITY,
      OPACITY,
    ];
    if (color.every((v, i) => v === this.color[i])) return;
    this.color = color;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext) {
    this.map = map;
    this.ready(gl);
  }

  onRemove() {
    this.release();
    this.map = null;
  }

  /** Forgets the GPU's copies (lost with a lost context); the next frame makes them again. */
  release() {
    this.gpu = null;
  }

  private ready(gl: WebGL2RenderingContext): Gpu | null {
    if (this.failed) return null;
    if (this.gpu?.gl === gl) return this.gpu;
    try {
      this.gpu = setUp(gl);
    } catch (e) {
      if (gl.isContextLost()) return null;
      this.failed = true;
      console.error(e);
      return null;
    }
    this.dirty = true;
    return this.gpu;
  }

  render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput) {
    const map = this.map;
    const count = this.triangles.length / 2;
    const gpu = map && count > 0 ? this.ready(gl) : null;
    if (!map || !gpu) return;
    const { program, vao, buffer, u } = gpu;
    gl.useProgram(program);
    gl.bindVertexArray(vao);
    if (this.dirty) {
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, this.triangles, gl.STATIC_DRAW);
      this.dirty = false;
    }
    const css = map.getCanvas().clientWidth;
    const ratio = css > 0 ? gl.drawingBufferWidth / css : map.getPixelRatio();
    gl.uniformMatrix4fv(u.matrix, false, Float32Array.from(args.defaultProjectionData.mainMatrix));
    gl.uniform4f(u.color, ...this.color);
    gl.uniform1f(u.period, PERIOD * ratio);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.SCISSOR_TEST);
    // The cover's parity: each fan inverts the pixels it covers. MapLibre's layers after this one
    // draw their own tile masks over the stencil (their source is another), as after any clear.
    gl.enable(gl.STENCIL_TEST);
    gl.stencilMask(0xff);
    gl.clearStencil(0);
    gl.clear(gl.STENCIL_BUFFER_BIT);
    gl.colorMask(false, false, false, false);
    gl.stencilFunc(gl.ALWAYS, 0, 0xff);
    gl.stencilOp(gl.KEEP, gl.KEEP, gl.INVERT);
    // No stripe left out in this pass: a discarded pixel would not be counted.
    gl.uniform1f(u.on, PERIOD * ratio + 1);
    gl.drawArrays(gl.TRIANGLES, 0, count);
    // The stripes where the count is odd, and the pixel cleared as it is drawn: drawn once.
    gl.colorMask(true, true, true, true);
    gl.stencilFunc(gl.NOTEQUAL, 0, 0xff);
    gl.stencilOp(gl.KEEP, gl.KEEP, gl.ZERO);
    gl.uniform1f(u.on, STRIPE * ratio);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.drawArrays(gl.TRIANGLES, 0, count);
    gl.disable(gl.STENCIL_TEST);
    gl.bindVertexArray(null);
  }
}
