/** The place layer's shaders (PlaceLayer.ts): pictures from its atlas, copied to device pixels. */

export const PICTURE_VERTEX_SHADER = `#version 300 es
in vec2 a_pos;
in vec2 a_uv;
uniform vec2 u_viewport;
uniform vec2 u_atlas;
out vec2 v_uv;
void main() {
  v_uv = a_uv / u_atlas;
  // Device pixels from the top-left corner to clip space, y up.
  vec2 clip = a_pos / u_viewport * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}
`;

export const PICTURE_FRAGMENT_SHADER = `#version 300 es
precision mediump float;
uniform sampler2D u_image;
in vec2 v_uv;
out vec4 fragColor;
void main() {
  fragColor = texture(u_image, v_uv);
}
`;
