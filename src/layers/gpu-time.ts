import { LayerExtension, type Layer } from '@deck.gl/core';
import { PathLayer, type PathLayerProps } from '@deck.gl/layers';
import type { ShaderModule } from '@luma.gl/shadertools';
import type { Scenario } from '../model/scenario';

/**
 * Time on the GPU: geometry and times are uploaded once per scenario, and `t` reaches the shaders as a
 * uniform, so a new frame changes one number instead of every attribute. Times are seconds from the
 * scenario's start as 32-bit floats (epoch milliseconds do not fit a float: deck.gl issue #8927), which keeps
 * 1/32 s precision over a 5-day scenario and a few seconds over a decade. The same `t` gives the same uniform,
 * so the same pixels.
 */

/** Stands for "never" (an open end) in a 32-bit float attribute. */
export const NEVER = 1e30;

/** Seconds from the scenario's start, rounded to a 32-bit float as the GPU will read it. */
export function gpuTime(scenario: Scenario, t: number): number {
  if (t === Infinity) return NEVER;
  if (t === -Infinity) return -NEVER;
  return Math.fround((t - scenario.start) / 1000);
}

// ---------------------------------------------------------------------------------------------------------
// Points (events, strikes): shown from `appears`, full while their window lasts, then fading.

/** Which instances a layer draws at t. */
export const TIME_MODE = { begun: 0, inWindow: 1, past: 2 } as const;
export type TimeMode = keyof typeof TIME_MODE;

type TimeUniforms = {
  currentTime: number;
  mode: number;
  /** 1 to fade after the window ends (toward `fadedAlpha`, halving the rest every `halfLife` s); 0 not to. */
  fade: number;
  halfLife: number;
  fadedAlpha: number;
};

const timeBlock = /* glsl */ `\
layout(std140) uniform sandtableTimeUniforms {
  float currentTime;
  float mode;
  float fade;
  float halfLife;
  float fadedAlpha;
} sandtableTime;
`;

const pointTimeModule = {
  name: 'sandtableTime',
  vs: `${timeBlock}
in float timeAppears;
in float timeUntil;
`,
  fs: timeBlock,
  inject: {
    // Instances not drawn at t are moved out of the clip volume before any fragment is made.
    'vs:DECKGL_FILTER_GL_POSITION': /* glsl */ `
  float now = sandtableTime.currentTime;
  bool shown = timeAppears <= now;
  if (sandtableTime.mode == 1.0) shown = shown && now <= timeUntil;
  if (sandtableTime.mode == 2.0) shown = shown && timeUntil < now;
  if (!shown) position = vec4(0.0, 0.0, 2.0, 1.0);
`,
    'vs:DECKGL_FILTER_COLOR': /* glsl */ `
  if (sandtableTime.fade > 0.5 && timeUntil < sandtableTime.currentTime) {
    float since = sandtableTime.currentTime - timeUntil;
    color.a *= sandtableTime.fadedAlpha + (1.0 - sandtableTime.fadedAlpha) * exp2(-since / sandtableTime.halfLife);
  }
`,
  },
  uniformTypes: { currentTime: 'f32', mode: 'f32', fade: 'f32', halfLife: 'f32', fadedAlpha: 'f32' },
} as const satisfies ShaderModule<TimeUniforms>;

export interface PointTimeProps<D> {
  /** Seconds from the scenario's start (`gpuTime`) when the instance appears and when its window ends. */
  getAppears: (d: D) => number;
  getUntil: (d: D) => number;
  /** `gpuTime` of the frame. */
  currentTime: number;
  timeMode?: TimeMode;
  /** Fade after the window: alpha share kept at last (0–1) and the half-life of the rest, seconds. */
  timeFade?: { fadedAlpha: number; halfLife: number } | null;
}

/**
 * Shows each instance of a point layer (Scatterplot, Icon) from its `getAppears` time on, optionally only
 * inside or after its window, fading after it exactly as `markerAlpha` does on the CPU.
 */
export class PointTimeExtension extends LayerExtension {
  static override extensionName = 'PointTimeExtension';
  static override defaultProps = {
    getAppears: { type: 'accessor', value: 0 },
    getUntil: { type: 'accessor', value: 0 },
    currentTime: 0,
    timeMode: 'begun',
    timeFade: null,
  };

  override getShaders() {
    return { modules: [pointTimeModule] };
  }

  override initializeState(this: Layer<PointTimeProps<unknown>>) {
    this.getAttributeManager()?.addInstanced({
      timeAppears: { size: 1, accessor: 'getAppears' },
      timeUntil: { size: 1, accessor: 'getUntil' },
    });
  }

  override draw(this: Layer<PointTimeProps<unknown>>) {
    const { currentTime, timeMode = 'begun', timeFade } = this.props;
    const uniforms: TimeUniforms = {
      currentTime,
      mode: TIME_MODE[timeMode],
      fade: timeFade ? 1 : 0,
      halfLife: timeFade?.halfLife ?? 1,
      fadedAlpha: timeFade?.fadedAlpha ?? 1,
    };
    for (const model of this.getModels()) model.shaderInputs.setProps({ sandtableTime: uniforms });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Paths (movements): the travelled part of each track, cut at the head inside the fragment shader.

type TrackUniforms = {
  currentTime: number;
  /** 0: moving movements, the part travelled by t; 1: finished movements, whole. */
  mode: number;
  /** Only this much of the track behind the head is drawn (fading out), seconds; NEVER for all of it. */
  trailLength: number;
  alphaScale: number;
};

const trackBlock = /* glsl */ `\
layout(std140) uniform sandtableTrackUniforms {
  float currentTime;
  float mode;
  float trailLength;
  float alphaScale;
} sandtableTrack;
`;

const trackModule = {
  name: 'sandtableTrack',
  vs: trackBlock,
  fs: trackBlock,
  uniformTypes: { currentTime: 'f32', mode: 'f32', trailLength: 'f32', alphaScale: 'f32' },
} as const satisfies ShaderModule<TrackUniforms>;

type TimedProps<D> = {
  /** Per vertex: seconds from the scenario's start (`gpuTime`). */
  getTimes: (d: D) => Float32Array;
  /** The track's last time: the movement is finished from then on. */
  getEnd: (d: D) => number;
  currentTime: number;
  trackMode: 'moving' | 'done';
  trailLength: number;
  alphaScale: number;
};

export type TimedPathLayerProps<D> = PathLayerProps<D> & TimedProps<D>;

/**
 * A PathLayer whose tracks are cut at t on the GPU (as deck.gl's TripsLayer does): `moving` draws the part of
 * each unfinished track travelled by t (the last `trailLength` seconds of it, fading, when finite), `done` the
 * tracks finished by t. Segments not drawn are moved out of the clip volume in the vertex shader, so only
 * what shows costs fragments.
 */
export class TimedPathLayer<D, ExtraProps extends object = object> extends PathLayer<
  D,
  TimedProps<D> & ExtraProps
> {
  static override layerName = 'TimedPathLayer';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  static override defaultProps: any = {
    getTimes: { type: 'accessor', value: null },
    getEnd: { type: 'accessor', value: 0 },
    currentTime: 0,
    trackMode: 'moving',
    trailLength: NEVER,
    alphaScale: 1,
  };

  override getShaders() {
    const shaders = super.getShaders();
    shaders.inject = {
      'vs:#decl': `
in vec3 instanceTrackTimes;
out float vTime;
`,
      'vs:#main-end': `
float segmentShare = vPathLength > 0.0 ? clamp(vPathPosition.y / vPathLength, 0.0, 1.0) : 0.0;
float segmentStart = instanceTrackTimes.x;
float segmentEnd = instanceTrackTimes.y;
vTime = segmentStart + (segmentEnd - segmentStart) * segmentShare;
float now = sandtableTrack.currentTime;
bool finished = instanceTrackTimes.z <= now;
bool shown = sandtableTrack.mode > 0.5
  ? finished
  : !finished && segmentStart <= now && segmentEnd >= now - sandtableTrack.trailLength;
if (!shown) gl_Position = vec4(0.0, 0.0, 2.0, 1.0);
`,
      'fs:#decl': `
in float vTime;
`,
      'fs:#main-start': `
if (sandtableTrack.mode < 0.5 &&
    (vTime > sandtableTrack.currentTime || vTime < sandtableTrack.currentTime - sandtableTrack.trailLength)) {
  discard;
}
`,
      'fs:DECKGL_FILTER_COLOR': `
color.a *= sandtableTrack.alphaScale;
if (sandtableTrack.mode < 0.5 && sandtableTrack.trailLength < 1e29) {
  color.a *= 1.0 - (sandtableTrack.currentTime - vTime) / sandtableTrack.trailLength;
}
`,
    };
    shaders.modules = [...shaders.modules, trackModule];
    return shaders;
  }

  override initializeState() {
    super.initializeState();
    this.getAttributeManager()!.addInstanced({
      // One attribute per segment, [time at its start, time at its end, the track's end], packed from the
      // tessellated vertex starts so it follows deck.gl's own layout of each path (as its TripsLayer does).
      // One vec3, not three floats: WebGL gives a layer 16 attributes, and a dashed path uses 15 of them.
      instanceTrackTimes: {
        size: 3,
        accessor: ['getTimes', 'getEnd'],
        noAlloc: true,

        update: this.packTimes,
      },
    });
  }

  /** Called by deck.gl with `this` the layer being updated (attribute updaters are). */
  eachPath(fill: (d: D, from: number, to: number) => void): void {
    const { pathTesselator } = this.state;
    const { instanceCount, vertexStarts } = pathTesselator as unknown as {
      instanceCount: number;
      vertexStarts: number[];
    };
    let index = 0;
    for (const d of this.props.data as Iterable<D>) {
      const from = vertexStarts[index] ?? instanceCount;
      const to = vertexStarts[index + 1] ?? instanceCount;
      if (to > from) fill(d, from, to);
      index++;
    }
  }

  packTimes(attribute: { value: unknown; startIndices: unknown }): void {
    const { instanceCount, vertexStarts } = this.state.pathTesselator as unknown as {
      instanceCount: number;
      vertexStarts: number[];
    };
    const packed = new Float32Array(instanceCount * 3);
    this.eachPath((d, from, to) => {
      const times = this.props.getTimes(d);
      const end = this.props.getEnd(d);
      const last = times.length - 1;
      for (let i = from; i < to; i++) {
        const k = Math.min(i - from, last);
        packed[3 * i] = times[k] as number;
        packed[3 * i + 1] = times[Math.min(k + 1, last)] as number;
        packed[3 * i + 2] = end;
      }
    });
    attribute.startIndices = vertexStarts;
    attribute.value = packed;
  }

  override draw(params: Parameters<PathLayer<D>['draw']>[0]) {
    const { currentTime, trackMode, trailLength, alphaScale } = this.props;
    const uniforms: TrackUniforms = {
      currentTime,
      mode: trackMode === 'done' ? 1 : 0,
      trailLength,
      alphaScale,
    };
    this.state.model!.shaderInputs.setProps({ sandtableTrack: uniforms });
    super.draw(params);
  }
}
