/** A WebGL program from its two shaders; the flow layer and its kept drawing (FlowCache.ts) make theirs with it. */

/** Throws, naming `owner` and the driver's log, where this context will not compile or link them. */
export function linkProgram(gl: WebGL2RenderingContext, vertex: string, fragment: string, owner: string) {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    // Null only with the context lost: shaderSource then throws, which is as good as a failed compile.
    const shader = gl.createShader(type) as WebGLShader;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`${owner}: ${gl.getShaderInfoLog(shader)}`);
    gl.attachShader(program, shader);
    // Freed with the program.
    gl.deleteShader(shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`${owner}: ${gl.getProgramInfoLog(program)}`);
  return program;
}
