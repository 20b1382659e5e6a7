/**
 * The flows, drawn by a WebGL layer of the atlas's own inside MapLibre's frame. The triangles go to
 * the GPU once per set of flows (src/geo/flowMesh.ts); what a filter, selection or palette changes
 * is a small texture of a texel per flow (flowStyle.ts), so a filter at 100,000 links uploads a
 * few kilobytes, where a MapLibre line layer re-uploads every vertex's paint values.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from "maplibre-gl";
import { FLOW_VERTEX_BYTES, type FlowMesh } from "../geo/flowMesh.ts";
import { FLOW_OPACITY, FLOW_TEXTURE_WIDTH, flowWidths } from "./flowStyle.ts";
import { FLOW_VERTEX_SHADER, FLOW_FRAGMENT_SHADER } from "./flowShaders.ts";
import { firstDrawHold } from "./firstDrawHold.ts";
import { linkProgram, nearestTexture } from "./glProgram.ts";
import type { FlowCache } from "./FlowCache.ts";

interface GpuState {
  gl: WebGL2RenderingContext;
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  vertices: WebGLBuffer;
  indices: WebGLBuffer;
  texture: WebGLTexture;
  uniforms: Record<"matrix" | "world" | "widths" | "opacity" | "state", WebGLUniformLocation | null>;
}

function setUp(gl: WebGL2RenderingContext): GpuState {
  const program = linkProgram(gl, FLOW_VERTEX_SHADER, FLOW_FRAGMENT_SHADER, "flow layer");
  const vao = gl.createVertexArray();
  const vertices = gl.createBuffer();
  const indices = gl.createBuffer();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);
  // The layout of flowMesh's vertices: five floats, then four bytes.
  for (const [name, size, offset] of [
    ["a_pos", 2, 0],
    ["a_normal", 2, 8],
    ["a_dist", 1, 16],
    ["a_flow", 1, 20],
  ] as const) {
    const at = gl.getAttribLocation(program, name);
    gl.enableVertexAttribArray(at);
    gl.vertexAttribPointer(at, size, gl.FLOAT, false, FLOW_VERTEX_BYTES, offset);
  }
  const look = gl.getAttribLocation(program, "a_look");
  gl.enableVertexAttribArray(look);
  gl.vertexAttribPointer(look, 4, gl.UNSIGNED_BYTE, true, FLOW_VERTEX_BYTES, 24);
  gl.bindVertexArray(null);
  const texture = nearestTexture(gl);
  const u = (name: string) => gl.getUniformLocation(program, name);
  const uniforms = {
    matrix: u("u_matrix"),
    world: u("u_world"),
    widths: u("u_widths"),
    opacity: u("u_opacity"),
    state: u("u_state"),
  };
  return { gl, program, vao, vertices, indices, texture, uniforms };
}

/** How long the first picture's flows wait at most for the rest of the map. */
const HOLD_MS = 4000;

export class FlowLayer implements CustomLayerInterface {
  readonly type = "custom";
  readonly renderingMode = "2d";
  private map: MapLibreMap | null = null;
  private gpu: GpuState | null = null;
  private mesh: FlowMesh = { vertices: new ArrayBuffer(0), indices: new Uint32Array(0) };
  private texels: Uint8Array = new Uint8Array(0);
  private meshDirty = false;
  private texelsDirty = false;
  private scale = 1;
  /** Set when the shaders would not compile here: the map goes on without flows, not with a broken frame loop. */
  private failed = false;
  /** Shown links per flow, as last set: what the hover and the browser tests read. */
  private counts: Uint32Array = new Uint32Array(0);
  /** The first picture's flows wait for the rest of the map (see render). */
  private readonly mayDraw = firstDrawHold(HOLD_MS);
  /**
   * The last drawing, copied into frames that leave the camera and the flows as they were. Its code
   * loads apart from the first screen's (onAdd): until it is in, or if it cannot load, every frame
   * draws the flows.
   */
  private cache: FlowCache | null = null;

  /** `onFail` hears, once, that the shaders would not compile here (syncMap.ts tells the map's listeners). */
  constructor(
    readonly id: string,
    private readonly onFail: (error: unknown) => void = () => undefined,
  ) {}

  /** The flows' triangles (flowMesh), once per set of flows. */
  setMesh(mesh: FlowMesh) {
    this.mesh = mesh;
    this.meshDirty = true;
    this.map?.triggerRepaint();
  }

  /** The flows' texels (flowTexels) and shown counts; a repaint only when something changed. */
  setState(texels: Uint8Array, counts: Uint32Array, scale: number) {
    this.counts = counts;
    const same =
      scale === this.scale && texels.length === this.texels.length && texels.every((v, i) => v === this.texels[i]);
    if (same) return;
    this.texels = texels;
    this.scale = scale;
    this.texelsDirty = true;
    this.map?.triggerRepaint();
  }

  /** How many shown links flow `index` stands for (0: not drawn). */
  shownCount(index: number): number {
    return this.counts[index] ?? 0;
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext) {
    this.map = map;
    // Set up now, before MapLibre's first frame: the shaders' status query then waits for no drawing.
    this.ready(gl);
    void import("./FlowCache.ts").then(
      ({ FlowCache }) => {
        this.cache ??= new FlowCache();
      },
      () => undefined,
    );
  }

  /**
   * Also called when the WebGL context is lost: MapLibre then rebuilds its style without custom
   * layers, and MapView adds a new flow layer (syncMap.ts forgetSync).
   */
  onRemove() {
    this.release();
    this.map = null;
  }

  /**
   * Frees the GPU's copies. Also for a style MapLibre rebuilds after its workers restarted, which
   * drops custom layers without calling onRemove while the context lives on (syncMap.ts forgetSync).
   */
  release() {
    const gpu = this.gpu;
    if (gpu) {
      const { gl } = gpu;
      gl.deleteProgram(gpu.program);
      gl.deleteVertexArray(gpu.vao);
      gl.deleteBuffer(gpu.vertices);
      gl.deleteBuffer(gpu.indices);
      gl.deleteTexture(gpu.texture);
    }
    this.gpu = null;
    this.cache?.release();
  }

  /** The GPU's copies for `gl`, set up if they are not; null where they cannot be (yet). */
  private ready(gl: WebGL2RenderingContext): GpuState | null {
    if (this.failed) return null;
    if (this.gpu?.gl === gl) return this.gpu;
    try {
      this.gpu = setUp(gl);
    } catch (e) {
      // A context lost while setting up is no verdict on the shaders: the layer tries again once it is back.
      if (gl.isContextLost()) return null;
      this.failed = true;
      console.error(e);
      this.onFail(e);
      return null;
    }
    this.meshDirty = this.texelsDirty = true;
    return this.gpu;
  }

  render(gl: WebGL2RenderingContext, args: CustomRenderMethodInput) {
    const map = this.map;
    const count = this.mesh.indices.length;
    const gpu = map && count > 0 ? this.ready(gl) : null;
    if (!map || !gpu) return;
    const { program, vao, vertices, indices, texture, uniforms: u } = gpu;
    if (this.texelsDirty || this.meshDirty) this.cache?.invalidate();
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, texture);
    if (this.texelsDirty) {
      const rows = this.texels.length / 4 / FLOW_TEXTURE_WIDTH;
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, FLOW_TEXTURE_WIDTH, rows, 0, gl.RGBA, gl.UNSIGNED_BYTE, this.texels);
      this.texelsDirty = false;
    }
    gl.bindVertexArray(vao);
    if (this.meshDirty) {
      gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
      gl.bufferData(gl.ARRAY_BUFFER, this.mesh.vertices, gl.STATIC_DRAW);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, indices);
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, this.mesh.indices, gl.STATIC_DRAW);
      this.meshDirty = false;
    }
    gl.bindVertexArray(null);
    // Set up and filled from the first frame on, but the first picture's flows are drawn once the
    // map around them is complete (the countries and the hit layer's lines laid out): each source's tiles ask
    // for a frame as they arrive, and a large dataset's flows would be drawn in every one of them
    // for nothing. Every later frame has them, drawn or copied from the kept drawing. A map that
    // stays incomplete (a pan under way) has them after HOLD_MS, with a frame asked for then should
    // nothing else ask for one.
    if (!this.mayDraw(map.loaded(), (ms) => setTimeout(() => this.map?.triggerRepaint(), ms))) return;
    // The ratio drawn at: MapLibre lowers the one asked for (getPixelRatio) when the canvas would
    // pass its size limit, e.g. a PNG export at twice the size of a wide window.
    const css = map.getCanvas().clientWidth;
    const ratio = css > 0 ? gl.drawingBufferWidth / css : map.getPixelRatio();
    const zoom = map.getZoom();
    const matrix = args.defaultProjectionData.mainMatrix;
    const draw = () => {
      // Again: making the kept drawing's texture binds that one.
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.useProgram(program);
      gl.bindVertexArray(vao);
      // Mercator 0…1 to clip space (modelViewProjectionMatrix is for world pixels).
      gl.uniformMatrix4fv(u.matrix, false, Float32Array.from(matrix));
      // MapLibre's world is 512 CSS pixels wide at zoom 0; here in device pixels, as the widths.
      gl.uniform1f(u.world, 512 * 2 ** zoom * ratio);
      const [plain, selected, faded] = flowWidths(zoom, this.scale);
      gl.uniform3f(u.widths, plain * ratio, selected * ratio, faded * ratio);
      gl.uniform3f(u.opacity, ...FLOW_OPACITY);
      gl.uniform1i(u.state, 0);
      gl.disable(gl.DEPTH_TEST);
      gl.disable(gl.STENCIL_TEST);
      gl.enable(gl.BLEND);
      gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      gl.drawElements(gl.TRIANGLES, count, gl.UNSIGNED_INT, 0);
      gl.bindVertexArray(null);
    };
    // While the camera moves each frame needs a drawing of its own: nothing is kept.
    const key = map.isMoving() ? null : [zoom, ratio, this.scale, ...matrix].join();
    if (this.cache) this.cache.paint(gl, key, draw);
    else draw();
  }
}
