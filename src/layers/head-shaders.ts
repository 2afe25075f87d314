/**
 * Shaders of the arrowheads (`HeadLayer`): each head is a quad laid flat on the map at the head, pointing
 * along its heading, and the fragment shader draws the atlas's two arrow shapes (`icon-atlas.ts`: the casing
 * and, over it, the core) from their outlines, with a pixel of edge smoothing as the atlas's texture has:
 * two dot products a shape, as thousands of heads are drawn in software.
 */

export const headVertexShader = /* glsl */ `\
#version 300 es
#define SHADER_NAME head-layer-vertex-shader
in vec2 positions;
in float angles;
in vec2 sizes;
in vec4 coreColors;
in vec4 casingColors;
in float rowIndexes;
out vec2 vOffset;
out vec4 vCore;
out vec4 vCasing;
flat out vec2 vSizes;

void main(void) {
  // Four vertices per head: tip −, tip +, tail −, tail + (the quad spans the larger of the two shapes).
  int corner = gl_VertexID % 4;
  float box = max(sizes.x, sizes.y);
  float lateral = (corner % 2 == 1 ? 0.5 : -0.5) * box;
  float back = corner >= 2 ? box : 0.0;
  // The heading is a compass bearing: forward is north turned clockwise, in the map's plane.
  float heading = radians(angles);
  vec2 forward = vec2(sin(heading), cos(heading));
  vec2 right = vec2(forward.y, -forward.x);
  vec3 center = project_position(vec3(positions, 0.0));
  vec2 offset = project_pixel_size(right * lateral - forward * back);
  geometry.worldPosition = vec3(positions, 0.0);
  geometry.position = vec4(center.xy + offset, 0.0, 1.0);
  geometry.pickingColor = picking_getPickingColorFromIndex(rowIndexes);
  gl_Position = project_common_position_to_clipspace(vec4(center.xy + offset, center.z, 1.0));
  vOffset = vec2(lateral, back);
  vSizes = sizes;
  vCore = vec4(coreColors.rgb, coreColors.a * layer.opacity);
  vCasing = vec4(casingColors.rgb, casingColors.a * layer.opacity);
  DECKGL_FILTER_COLOR(vCore, geometry);
}
`;

export const headFragmentShader = /* glsl */ `\
#version 300 es
#define SHADER_NAME head-layer-fragment-shader
precision highp float;
in vec2 vOffset;
in vec4 vCore;
in vec4 vCasing;
flat in vec2 vSizes;
out vec4 fragColor;

// Coverage (0–1) of one of the atlas's arrows (a 64-unit box whose top centre is the head), folded about its
// axis: the right half is the region inside the tip's edge (normal n1 through the tip) and above the notched
// back edge (normal n2 through the notch). Distances are turned into px for a one-pixel smoothed edge.
float arrow(vec2 offsetPx, float sizePx, vec2 tip, vec2 n1, vec2 notch, vec2 n2) {
  if (sizePx <= 0.0) return 0.0;
  vec2 p = vec2(abs(offsetPx.x), offsetPx.y) * 64.0 / sizePx;
  float d = max(dot(p - tip, n1), dot(p - notch, n2));
  return clamp(0.5 - d * sizePx / 64.0, 0.0, 1.0);
}

void main(void) {
  // icon-atlas.ts: casing M32 0 L64 64 L32 52 L0 64, core M32 2 L60 60 L32 46 L4 60 (folded: x − 32).
  float casing = arrow(vOffset, vSizes.x, vec2(0.0, 0.0), vec2(0.8944, -0.4472), vec2(0.0, 52.0), vec2(-0.3511, 0.9363));
  float core = arrow(vOffset, vSizes.y, vec2(0.0, 2.0), vec2(0.9006, -0.4348), vec2(0.0, 46.0), vec2(-0.4472, 0.8944));
  // The core over the casing, as the two icon layers drew them.
  float coreA = vCore.a * core;
  float casingA = vCasing.a * casing * (1.0 - coreA);
  float a = coreA + casingA;
  if (a <= 0.0) discard;
  fragColor = vec4((vCore.rgb * coreA + vCasing.rgb * casingA) / a, a);
  DECKGL_FILTER_COLOR(fragColor, geometry);
}
`;
