/** WebGL helpers shared by the atlas's own layers: the flows (FlowLayer.ts, FlowCache.ts) and the places (PlaceLayer.ts). */

/**
 * Throws, naming `owner` and the driver's logs, where this context will not compile or link them.
 * One status query, after the link: each query waits for the GPU to finish all it was given, which
 * without a GPU can be a whole frame's drawing.
 */
export function linkProgram(gl: WebGL2RenderingContext, vertex: string, fragment: string, owner: string) {
  const program = gl.createProgram();
  const shaders = (
    [
      [gl.VERTEX_SHADER, vertex],
      [gl.FRAGMENT_SHADER, fragment],
    ] as const
  ).map(([type, source]) => {
    // Null only with the context lost: shaderSource then throws, which is as good as a failed compile.
    const shader = gl.createShader(type) as WebGLShader;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    return shader;
  });
  gl.linkProgram(program);
  const linked = gl.getProgramParameter(program, gl.LINK_STATUS) === true;
  const log = linked ? "" : [...shaders.map((sh) => gl.getShaderInfoLog(sh)), gl.getProgramInfoLog(program)].join(" ");
  // Freed with the program.
  for (const shader of shaders) gl.deleteShader(shader);
  if (!linked) {
    gl.deleteProgram(program);
    throw new Error(`${owner}: ${log}`);
  }
  return program;
}

/** A texture read texel for texel (nearest, clamped), bound to TEXTURE_2D: the flows' state and the places' pictures. */
export function nearestTexture(gl: WebGL2RenderingContext): WebGLTexture {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  for (const [name, value] of [
    [gl.TEXTURE_MIN_FILTER, gl.NEAREST],
    [gl.TEXTURE_MAG_FILTER, gl.NEAREST],
    [gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE],
    [gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE],
  ] as [number, number][])
    gl.texParameteri(gl.TEXTURE_2D, name, value);
  return texture;
}
