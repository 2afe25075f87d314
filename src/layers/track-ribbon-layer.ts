import { Layer, project32, type DefaultProps, type LayerProps, type UpdateParameters } from '@deck.gl/core';
import { Buffer } from '@luma.gl/core';
import { Model } from '@luma.gl/engine';
import type { TrackGeometry } from './track-geometry';
import type { TrackSelection } from './track-selection';
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

/** Per-vertex arrays of `TrackGeometry` and how the shader reads each. */
const ARRAYS = [
  ['ends', 'float32x4'],
  ['times', 'float32x3'],
  ['colors', 'unorm8x4'],
  ['styles', 'unorm8x4'],
] as const;
type ArrayName = (typeof ARRAYS)[number][0];
/** Bytes per quad over the four arrays (4 vertices × (16 + 12 + 4 + 4)). */
const QUAD_BYTES = 4 * (16 + 12 + 4 + 4);
/** Quads uploaded per frame where uploads go in slices: about 4 MB, ~10 ms even on software WebGL. */
const SLICE_QUADS = Math.floor(4_000_000 / QUAD_BYTES);

/**
 * WebGL contexts whose track geometry goes up in slices, one a frame (the app's live map): 10,000 movements
 * are ~60 MB of vertices, and one upload of that blocks the page for half a second or more. An export's map is
 * not here: each of its frames must be complete when drawn.
 */
const SLICED = new WeakSet<object>();

/** Makes this map's track uploads go in slices (see SLICED). */
export function uploadTracksInSlices(gl: object): void {
  SLICED.add(gl);
}

/**
 * The tracks of a large scenario: vertices uploaded once per scenario (`TrackGeometry`), the quads this
 * frame shows chosen by a small index list, and t as a uniform. Two draws: the finished tracks, then the
 * moving ones over them. Not instanced (see `TrackGeometry` for why). Not pickable: the heads are.
 */
export class TrackRibbonLayer extends Layer<TrackRibbonProps & LayerProps> {
  static override layerName = 'TrackRibbonLayer';
  static override defaultProps = defaultProps;

  declare state: {
    model?: Model;
    indexBuffers?: [Buffer | null, Buffer | null];
    vertexBuffers?: Record<ArrayName, Buffer>;
    /** Quads of the geometry on the GPU so far: drawn once all are. */
    uploaded: number;
  };

  override getShaders() {
    return super.getShaders({
      vs: ribbonVertexShader,
      fs: ribbonFragmentShader,
      modules: [project32, trackRibbonUniforms],
    });
  }

  override initializeState() {
    this.state = { uploaded: 0 };
  }

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
        bufferLayout: ARRAYS.map(([name, format]) => ({ name, format })),
        topology: 'triangle-list',
        isIndexed: true,
      });
      this.state.indexBuffers = undefined;
      if (this.state.vertexBuffers) this.state.model.setAttributes(this.state.vertexBuffers);
    }
    if (props.geometry !== oldProps.geometry || !this.state.vertexBuffers) this.createVertexBuffers();
    if (props.selection !== oldProps.selection || !this.state.indexBuffers) this.uploadIndices();
  }

  /** The geometry's vertex buffers: filled at once, or (a live map) allocated empty and filled in slices. */
  private createVertexBuffers() {
    const g = this.props.geometry;
    for (const b of Object.values(this.state.vertexBuffers ?? {})) b.destroy();
    const sliced = SLICED.has(this.context.gl);
    const usage = Buffer.VERTEX | Buffer.COPY_DST;
    const buffers = Object.fromEntries(
      ARRAYS.map(([name]) => [
        name,
        this.context.device.createBuffer(
          // A zero-length buffer is not allowed: an empty scenario still gets 4 bytes.
          sliced ? { usage, byteLength: Math.max(4, g[name].byteLength) } : { usage, data: g[name] },
        ),
      ]),
    ) as Record<ArrayName, Buffer>;
    this.state.vertexBuffers = buffers;
    this.state.uploaded = sliced ? 0 : g.quads;
    this.state.model?.setAttributes(buffers);
  }

  /** Puts the next slice of quads on the GPU, and asks for another frame while some remain. */
  private uploadSlice() {
    const g = this.props.geometry;
    const buffers = this.state.vertexBuffers;
    if (!buffers) return;
    const from = this.state.uploaded;
    const to = Math.min(g.quads, from + SLICE_QUADS);
    for (const [name] of ARRAYS) {
      const array = g[name];
      const perQuad = array.length / Math.max(1, g.quads);
      buffers[name].write(
        array.subarray(from * perQuad, to * perQuad),
        from * perQuad * array.BYTES_PER_ELEMENT,
      );
    }
    this.state.uploaded = to;
    // The next slice on the next frame (deck.gl asks the map to repaint, so the map is not idle meanwhile).
    if (to < g.quads)
      requestAnimationFrame(() => this.state.vertexBuffers === buffers && this.setNeedsRedraw());
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

  override finalizeState(context: Parameters<Layer['finalizeState']>[0]) {
    for (const buffer of this.state.indexBuffers ?? []) buffer?.destroy();
    for (const buffer of Object.values(this.state.vertexBuffers ?? {})) buffer.destroy();
    this.state.vertexBuffers = undefined;
    super.finalizeState(context);
  }

  override draw() {
    const { model, indexBuffers } = this.state;
    const { selection, ribbon } = this.props;
    if (!model || !indexBuffers) return;
    if (this.state.uploaded < this.props.geometry.quads) this.uploadSlice();
    // Tracks show once all of them are up: a half-uploaded index would draw from empty vertices.
    if (this.state.uploaded < this.props.geometry.quads) return;
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
