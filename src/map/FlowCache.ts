/**
 * The flows' last drawing, kept in a texture the size of the map's drawing buffer. Most of the
 * map's frames leave the flows as they were: the frames a filter's labels and dots bring from
 * MapLibre's worker, the second frame MapLibre draws to place new labels, the tiles arriving at
 * load. Without a GPU each drawing of 10,000 links' flows costs more than the rest of the frame;
 * copying the kept one costs a single full-screen pass. FlowLayer.ts asks for a new drawing when
 * the camera or the flows changed; while the camera moves or the map is being resized, each frame
 * draws the flows straight and nothing is kept. Where the texture cannot be made (a shader or
 * framebuffer this context refuses), it gives up for good and every frame draws straight.
 */

import { linkProgram } from "./glProgram.ts";

const COPY_VERTEX_SHADER = `#version 300 es
void main() {
  // One triangle over the whole viewport.
  vec2 p = vec2(gl_VertexID == 1 ? 3.0 : -1.0, gl_VertexID == 2 ? 3.0 : -1.0);
  gl_Position = vec4(p, 0.0, 1.0);
}
`;

const COPY_FRAGMENT_SHADER = `#version 300 es
precision mediump float;
uniform mediump sampler2D u_picture;
out vec4 fragColor;
void main() {
  fragColor = texelFetch(u_picture, ivec2(gl_FragCoord.xy), 0);
}
`;

interface CacheGpu {
  gl: WebGL2RenderingContext;
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  framebuffer: WebGLFramebuffer;
  texture: WebGLTexture;
  picture: WebGLUniformLocation | null;
  width: number;
  height: number;
}

export class FlowCache {
  private gpu: CacheGpu | null = null;
  /** What the kept drawing shows (FlowLayer's camera and flows); empty when there is none. */
  private key = "";
  /** The drawing buffer's size in the last frame, "width×height": a new one means a resize under way. */
  private size = "";
  /** Set when this context would not make the texture: every frame draws straight from then on. */
  private failed = false;

  /**
   * The flows into this frame: the kept drawing when it is the one for `key`, else `draw` into the
   * kept texture first. With no key (the camera moves), or where no texture can be kept, `draw`
   * paints the frame straight.
   */
  paint(gl: WebGL2RenderingContext, key: string | null, draw: () => void) {
    const size = `${gl.drawingBufferWidth}×${gl.drawingBufferHeight}`;
    const resizing = size !== this.size;
    this.size = size;
    if (key === null || resizing) this.invalidate();
    if (key !== null && !resizing && (this.has(gl, key) || this.fill(gl, key, draw))) this.copy(gl);
    else draw();
  }

  /** Whether the kept drawing is the one for `key` in this context (a new size has cleared the key: see paint). */
  private has(gl: WebGL2RenderingContext, key: string): boolean {
    return this.gpu?.gl === gl && this.key === key;
  }

  /** The kept drawing no longer stands (the flows changed, or the camera moves). */
  invalidate() {
    this.key = "";
  }

  /**
   * `draw` into the kept texture, for `key`; the framebuffer and viewport MapLibre had are restored.
   * False when this context cannot keep one: the caller then draws to the map directly.
   */
  private fill(gl: WebGL2RenderingContext, key: string, draw: () => void): boolean {
    let gpu: CacheGpu | null = null;
    if (!this.failed)
      try {
        gpu = this.ready(gl);
      } catch (e) {
        // Not worth a broken frame: the flows are drawn straight, as before there was a cache.
        console.warn(e);
      }
    if (!gpu) {
      // A lost context is no verdict on this one: MapLibre makes a new flow layer once it is back.
      this.failed = !gl.isContextLost();
      this.release();
      return false;
    }
    const target = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
    const viewport = gl.getParameter(gl.VIEWPORT) as Int32Array;
    gl.bindFramebuffer(gl.FRAMEBUFFER, gpu.framebuffer);
    gl.viewport(0, 0, gpu.width, gpu.height);
    gl.disable(gl.SCISSOR_TEST);
    gl.colorMask(true, true, true, true);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    draw();
    gl.bindFramebuffer(gl.FRAMEBUFFER, target);
    gl.viewport(viewport[0] ?? 0, viewport[1] ?? 0, viewport[2] ?? gpu.width, viewport[3] ?? gpu.height);
    this.key = key;
    return true;
  }

  /** The kept drawing over what the map has drawn so far (premultiplied, as the flows blend). */
  private copy(gl: WebGL2RenderingContext) {
    const gpu = this.gpu;
    if (gpu?.gl !== gl) return;
    gl.useProgram(gpu.program);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, gpu.texture);
    gl.uniform1i(gpu.picture, 0);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.bindVertexArray(gpu.vao);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    gl.bindVertexArray(null);
  }

  release() {
    const gpu = this.gpu;
    if (gpu) {
      const { gl } = gpu;
      gl.deleteProgram(gpu.program);
      gl.deleteVertexArray(gpu.vao);
      gl.deleteFramebuffer(gpu.framebuffer);
      gl.deleteTexture(gpu.texture);
    }
    this.gpu = null;
    this.key = "";
  }

  /** The texture and framebuffer at the drawing buffer's size, made or resized as needed; null if incomplete. */
  private ready(gl: WebGL2RenderingContext): CacheGpu | null {
    if (this.gpu && this.gpu.gl !== gl) this.gpu = null;
    const width = gl.drawingBufferWidth;
    const height = gl.drawingBufferHeight;
    let gpu = this.gpu;
    if (!gpu) {
      const program = linkProgram(gl, COPY_VERTEX_SHADER, COPY_FRAGMENT_SHADER, "flow cache");
      gpu = {
        gl,
        program,
        vao: gl.createVertexArray(),
        framebuffer: gl.createFramebuffer(),
        texture: gl.createTexture(),
        picture: gl.getUniformLocation(program, "u_picture"),
        width: 0,
        height: 0,
      };
      this.gpu = gpu;
    }
    if (gpu.width !== width || gpu.height !== height) {
      gl.bindTexture(gl.TEXTURE_2D, gpu.texture);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      const target = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
      gl.bindFramebuffer(gl.FRAMEBUFFER, gpu.framebuffer);
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, gpu.texture, 0);
      const complete = gl.checkFramebufferStatus(gl.FRAMEBUFFER) === gl.FRAMEBUFFER_COMPLETE;
      gl.bindFramebuffer(gl.FRAMEBUFFER, target);
      if (!complete) return null;
      gpu.width = width;
      gpu.height = height;
    }
    return gpu;
  }
}
