/** The place layer's shaders (PlaceLayer.ts): pictures from its atlas, copied to device pixels. */

export const PICTURE_VERTEX_SHADER = `#version 300 es
precision highp float;
in vec2 a_pos;
in vec2 a_uv;
uniform vec2 u_viewport;
out vec2 v_uv;
void main() {
  // In texels: the quad's corners are whole texels, so each pixel centre falls inside its texel.
  v_uv = a_uv;
  // Device pixels from the top-left corner to clip space, y up.
  vec2 clip = a_pos / u_viewport * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}
`;

export const PICTURE_FRAGMENT_SHADER = `#version 300 es
precision highp float;
uniform highp sampler2D u_image;
in vec2 v_uv;
out vec4 fragColor;
void main() {
  // The texel itself, by its whole coordinates: exact at any atlas size, where a 16-bit float
  // (mediump on phones) would miss texel centres past 1,024.
  fragColor = texelFetch(u_image, ivec2(v_uv), 0);
}
`;
