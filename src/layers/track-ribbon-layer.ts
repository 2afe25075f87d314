import { Layer, project32, type DefaultProps, type LayerProps, type UpdateParameters } from '@deck.gl/core';
import { Buffer } from '@luma.gl/core';
import { Model } from '@luma.gl/engine';
import type { TrackGeometry } from './track-geometry';
import type { TrackSelection } from './track-selection';
import {
  createTrackBuffers,
  destroyTrackBuffers,
  quadsPerFrame,
  TRACK_ATTRIBUTES,
  writeTrackQuads,
  type TrackBuffers,
} from './track-buffers';
import { uploadDone, uploadPending } from '../map/gpu-uploads';
import {
  ribbonFragmentShader,
  ribbonVertexShader,
  trackRibbonUniforms,
  type RibbonUniforms,
} from './track-ribbon-shaders';

export type TrackRibbonProps = {
  /** The scenario's tracks as quads (`trackGeometry`): the same object every frame, uploaded once. */
  geometry: TrackGeometry;
  /** The quads this frame draws (`selectTracks`): the only upload a new frame makes. */
  selection: TrackSelection;
  /** t, the widths and the inks, as uniforms (all but `pass`). */
  ribbon: Omit<RibbonUniforms, 'pass'>;
};

const defaultProps: DefaultProps<TrackRibbonProps> = {
  geometry: { type: 'object', value: null as never, compare: true },
  selection: { type: 'object', value: null as never, compare: true },
  ribbon: { type: 'object', value: null as never, compare: false },
};

/**
 * The tracks of a large scenario: vertices uploaded once per scenario (`TrackGeometry`), the quads this
 * frame shows chosen by a small index list, and t as a uniform. Two draws: the finished tracks, then the
 * moving ones over them. Not instanced (see `TrackGeometry` for why). Not pickable: the heads are.
 *
 * The vertices go up a few MB a frame (`track-buffers.ts`) and the tracks are drawn once all are up; until
 * then the maps keep drawing and are not idle (`gpu-uploads.ts`), so an export or `rendered()` still sees
 * the finished picture.
 */
export class TrackRibbonLayer extends Layer<TrackRibbonProps & LayerProps> {
  static override layerName = 'TrackRibbonLayer';
  static override defaultProps = defaultProps;

  declare state: {
    model?: Model;
    indexBuffers?: [Buffer | null, Buffer | null];
    tracks?: TrackBuffers;
  };

  override getShaders() {
    return super.getShaders({
      vs: ribbonVertexShader,
      fs: ribbonFragmentShader,
      modules: [project32, trackRibbonUniforms],
    });
  }

  /** No deck.gl attributes: the vertices are the layer's own buffers, filled by `draw` (`track-buffers.ts`). */
  override initializeState() {}

  override getNumInstances(): number {
    return this.props.geometry.quads * 4;
  }

  override updateState(params: UpdateParameters<this>) {
    super.updateState(params);
    const { props, oldProps, changeFlags } = params;
    if (!this.state.model || changeFlags.extensionsChanged) {
      this.state.model?.destroy();
      this.state.model = new Model(this.context.device, {
        ...this.getShaders(),
        id: this.props.id,
        bufferLayout: TRACK_ATTRIBUTES.map(({ name, format }) => ({ name, format })),
        topology: 'triangle-list',
        isIndexed: true,
      });
      this.state.indexBuffers = undefined;
      if (this.state.tracks) this.state.model.setAttributes(this.state.tracks.buffers);
    }
    if (props.geometry !== oldProps.geometry || !this.state.tracks) {
      this.dropTracks();
      const tracks = createTrackBuffers(this.context.device, props.geometry);
      this.state.tracks = tracks;
      this.state.model.setAttributes(tracks.buffers);
      // Keyed by the buffers, which the layer's state keeps: deck.gl makes a new layer object every frame. A
      // hidden layer is never drawn, so never uploads: nothing waits for it.
      if (props.visible && tracks.quads > 0) uploadPending(tracks);
    }
    if (props.selection !== oldProps.selection || !this.state.indexBuffers) this.uploadIndices();
  }

  /** Writes this frame's indices (finished tracks, moving tracks), into the buffers there when they fit. */
  private uploadIndices() {
    const { indices, done } = this.props.selection;
    const parts = [indices.subarray(0, done), indices.subarray(done)];
    const buffers = (this.state.indexBuffers ??= [null, null]);
    parts.forEach((part, i) => {
      let buffer = buffers[i];
      if (!buffer || buffer.byteLength < part.byteLength) {
        buffer?.destroy();
        buffer = this.context.device.createBuffer({
          usage: Buffer.INDEX | Buffer.COPY_DST,
          indexType: 'uint32',
          // Room to grow, so the next frames write into it rather than make another.
          byteLength: Math.max(4096, Math.ceil(part.byteLength * 1.5)),
        });
        buffers[i] = buffer;
      }
      if (part.length) buffer.write(part);
    });
  }

  private dropTracks() {
    const { tracks } = this.state;
    if (!tracks) return;
    uploadDone(tracks);
    destroyTrackBuffers(tracks);
    this.state.tracks = undefined;
  }

  override finalizeState(context: Parameters<Layer['finalizeState']>[0]) {
    for (const buffer of this.state.indexBuffers ?? []) buffer?.destroy();
    this.dropTracks();
    super.finalizeState(context);
  }

  override draw() {
    const { model, indexBuffers, tracks } = this.state;
    const { selection, ribbon, geometry } = this.props;
    if (!model || !indexBuffers || !tracks) return;
    if (!writeTrackQuads(tracks, geometry, quadsPerFrame())) {
      // More to write: the next frame does, and draws the tracks once all are there.
      this.setNeedsRedraw();
      return;
    }
    uploadDone(tracks);
    const counts = [selection.done, selection.indices.length - selection.done];
    for (const pass of [0, 1]) {
      const buffer = indexBuffers[pass];
      if (!buffer || counts[pass] === 0) continue;
      model.setIndexBuffer(buffer);
      model.indexCount = counts[pass];
      model.shaderInputs.setProps({ trackRibbon: { ...ribbon, pass } });
      model.draw(this.context.renderPass);
    }
  }
}
