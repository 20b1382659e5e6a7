/**
 * The flow layer's shaders (WebGL 2, as MapLibre itself requires). Lengths are in device pixels.
 * The vertex shader reads the flow's texel (flowStyle.ts flowTexels) and pushes the vertex out
 * along its normal by the half width; the fragment shader smooths the edges and cuts dashes and
 * dots as MapLibre's line-dasharray did ([2, 1.5] line widths; dots of [0.1, 2] with round caps).
 * Kept lean: on software WebGL each vertex and each pixel of every flow is paid for every frame.
 */
import { FLOW_TEXTURE_WIDTH } from "./flowStyle.ts";

export const FLOW_VERTEX_SHADER = `#version 300 es
precision highp float;
in vec2 a_pos;
in vec2 a_normal;
in float a_dist;
in float a_flow;
in vec4 a_look;
uniform mat4 u_matrix;
uniform float u_world;
uniform vec3 u_widths;
uniform vec3 u_opacity;
uniform highp sampler2D u_state;
out vec4 v_color;
out float v_across;
out float v_half;
out float v_along;
flat out int v_style;

void main() {
  int flow = int(abs(a_flow) + 0.5) - 1;
  vec4 state = texelFetch(u_state, ivec2(flow % ${FLOW_TEXTURE_WIDTH}, flow / ${FLOW_TEXTURE_WIDTH}), 0);
  float factor = state.r * 4.0;
  if (factor <= 0.0) {
    // No shown link: not drawn.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  int emphasis = int(state.g * 255.0 + 0.5);
  float width = (emphasis == 1 ? u_widths.y : emphasis == 2 ? u_widths.z : u_widths.x) * factor;
  float opacity = emphasis == 1 ? u_opacity.y : emphasis == 2 ? u_opacity.z : u_opacity.x;
  // Half a pixel more each side for the smoothed edge.
  float reach = 0.5 * width + 0.5;
  gl_Position = u_matrix * vec4(a_pos + a_normal * (reach / u_world), 0.0, 1.0);
  v_color = vec4(a_look.rgb * opacity, opacity);
  v_across = sign(a_flow) * reach;
  v_half = 0.5 * width;
  v_along = a_dist * u_world;
  v_style = int(a_look.a * 255.0 + 0.5);
}
`;

export const FLOW_FRAGMENT_SHADER = `#version 300 es
precision highp float;
in vec4 v_color;
in float v_across;
in float v_half;
in float v_along;
flat in int v_style;
out vec4 fragColor;

void main() {
  float a;
  if (v_style == 2) {
    // Dotted: a round dot of the line's width every 2.1 widths.
    float period = 4.2 * v_half;
    float m = mod(v_along, period);
    float dx = min(max(0.0, m - 0.2 * v_half), period - m);
    a = clamp(v_half - length(vec2(dx, v_across)) + 0.5, 0.0, 1.0);
  } else {
    a = clamp(v_half - abs(v_across) + 0.5, 0.0, 1.0);
    if (v_style == 1) {
      // Dashed: 2 widths on, 1.5 off.
      float m = mod(v_along, 7.0 * v_half);
      a *= clamp(min(m, 4.0 * v_half - m) + 0.5, 0.0, 1.0);
    }
  }
  fragColor = v_color * a;
}
`;
