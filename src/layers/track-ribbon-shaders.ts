import type { ShaderModule } from '@luma.gl/shadertools';

/**
 * Shaders of the track ribbons (`TrackRibbonLayer`): each segment is a quad around its two ends, widened to
 * the line's width in screen pixels and lengthened by half of it at both ends, and the fragment shader keeps a
 * capsule (round caps, so consecutive segments join without a notch). What is drawn at t is decided here:
 * the vertex shader folds away segments not drawn (finished, not begun, or older than the trail) before any
 * fragment is made, and the fragment shader cuts the trail at the head and fades it, as deck.gl's TripsLayer
 * does.
 */

export type RibbonUniforms = {
  /** The map's halo ink, RGBA 0–1 (the casing of a solid side, the core of a hollow one). */
  haloColor: [number, number, number, number];
  /** `gpuTime` of the frame. */
  currentTime: number;
  /** Seconds of trail behind a moving head (`NEVER`: all of it). */
  trailLength: number;
  /** Core widths of a moving and of a finished track, CSS px; casing added around both (0: none). */
  movingWidth: number;
  doneWidth: number;
  casing: number;
  /** 1 at the campaign tier, where a hollow side's core is 3 px narrower than its line (else half of it). */
  campaign: number;
  /** Alpha of finished tracks, and of a solid side's casing, 0–1. */
  doneAlpha: number;
  haloAlpha: number;
  /** 0: draw the finished tracks; 1: the moving ones (drawn second, over them). */
  pass: number;
};

const block = /* glsl */ `\
layout(std140) uniform trackRibbonUniforms {
  vec4 haloColor;
  float currentTime;
  float trailLength;
  float movingWidth;
  float doneWidth;
  float casing;
  float campaign;
  float doneAlpha;
  float haloAlpha;
  float pass;
} trackRibbon;
`;

export const trackRibbonUniforms = {
  name: 'trackRibbon',
  vs: block,
  fs: block,
  uniformTypes: {
    haloColor: 'vec4<f32>',
    currentTime: 'f32',
    trailLength: 'f32',
    movingWidth: 'f32',
    doneWidth: 'f32',
    casing: 'f32',
    campaign: 'f32',
    doneAlpha: 'f32',
    haloAlpha: 'f32',
    pass: 'f32',
  },
} as const satisfies ShaderModule<RibbonUniforms>;

export const ribbonVertexShader = /* glsl */ `\
#version 300 es
#define SHADER_NAME track-ribbon-layer-vertex-shader
in vec4 ends;
in vec3 times;
in vec4 colors;
in vec4 styles;
out vec4 vCore;
out vec4 vCasing;
out vec2 vPosition;
flat out vec4 vSegment;
flat out vec3 vTimes;

void main(void) {
  float now = trackRibbon.currentTime;
  bool finished = times.z <= now;
  bool shown = trackRibbon.pass < 0.5
    ? finished && trackRibbon.doneWidth > 0.0
    : !finished && times.x <= now && times.y >= now - trackRibbon.trailLength;
  if (!shown) {
    // Outside the clip volume: the segment makes no fragment.
    gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
    return;
  }
  // Four vertices per segment, in the order start −, start +, end −, end +.
  int corner = gl_VertexID % 4;
  float atEnd = corner >= 2 ? 1.0 : 0.0;
  float side = corner % 2 == 1 ? 1.0 : -1.0;
  bool hollow = trackRibbon.casing > 0.0 && styles.x > 0.5;
  float width = finished ? trackRibbon.doneWidth : trackRibbon.movingWidth;
  float core = hollow ? max(1.0, trackRibbon.campaign > 0.5 ? width - 3.0 : width / 2.0) : width;
  float halfWidth = (trackRibbon.casing > 0.0 ? width + trackRibbon.casing : width) / 2.0;

  geometry.worldPosition = vec3(ends.xy, 0.0);
  geometry.worldPositionAlt = vec3(ends.zw, 0.0);
  vec4 start = project_position_to_clipspace(vec3(ends.xy, 0.0), vec3(0.0), vec3(0.0));
  vec4 end = project_position_to_clipspace(vec3(ends.zw, 0.0), vec3(0.0), vec3(0.0));
  vec2 cssSize = project.viewportSize / project.devicePixelRatio;
  vec2 delta = (end.xy / end.w - start.xy / start.w) * 0.5 * cssSize;
  float len = length(delta);
  vec2 dir = len > 1e-4 ? delta / len : vec2(1.0, 0.0);
  vec2 offset = vec2(-dir.y, dir.x) * side * halfWidth + dir * halfWidth * (2.0 * atEnd - 1.0);
  vec4 base = atEnd > 0.5 ? end : start;
  gl_Position = base + vec4(offset / cssSize * 2.0 * base.w, 0.0, 0.0);

  vPosition = vec2(atEnd > 0.5 ? len + halfWidth : -halfWidth, side * halfWidth);
  vSegment = vec4(len, core / 2.0, halfWidth, floor(styles.y * 255.0 + 0.5));
  vTimes = vec3(times.x, times.y, finished ? 1.0 : 0.0);
  vec4 halo = vec4(trackRibbon.haloColor.rgb, 1.0);
  vec4 inner = hollow ? halo : colors;
  vec4 casing = hollow ? colors : vec4(halo.rgb, trackRibbon.haloAlpha);
  float alpha = (finished ? trackRibbon.doneAlpha : 1.0) * layer.opacity;
  vCore = vec4(inner.rgb, inner.a * alpha);
  vCasing = vec4(casing.rgb, casing.a * alpha);
}
`;

export const ribbonFragmentShader = /* glsl */ `\
#version 300 es
#define SHADER_NAME track-ribbon-layer-fragment-shader
precision highp float;
in vec4 vCore;
in vec4 vCasing;
in vec2 vPosition;
flat in vec4 vSegment;
flat in vec3 vTimes;
out vec4 fragColor;

void main(void) {
  // Distance from the segment (a capsule): round ends, so a turn has no notch.
  float len = vSegment.x;
  float along = clamp(vPosition.x, 0.0, len);
  float away = length(vec2(vPosition.x - along, vPosition.y));
  if (away > vSegment.z) discard;
  float fade = 1.0;
  if (vTimes.z < 0.5) {
    // A moving track: only the part travelled by now, and no older than the trail.
    float now = trackRibbon.currentTime;
    float time = len > 0.0 ? mix(vTimes.x, vTimes.y, along / len) : vTimes.y;
    if (time > now || time < now - trackRibbon.trailLength) discard;
    if (trackRibbon.trailLength < 1e29) fade = 1.0 - (now - time) / trackRibbon.trailLength;
  }
  // Dashes restart at each vertex: estimated 14 on 9, claimed 3 on 7 (CSS px).
  if (vSegment.w > 0.5) {
    vec2 dash = vSegment.w > 1.5 ? vec2(3.0, 7.0) : vec2(14.0, 9.0);
    if (mod(vPosition.x, dash.x + dash.y) > dash.x) discard;
  }
  fragColor = away <= vSegment.y ? vCore : vCasing;
  fragColor.a *= fade;
}
`;
