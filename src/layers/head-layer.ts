import {
  Layer,
  picking,
  project32,
  type Accessor,
  type DefaultProps,
  type LayerProps,
  type UpdateParameters,
} from '@deck.gl/core';
import { Model } from '@luma.gl/engine';
import type { LonLat } from '../model/geo';
import type { RGBA } from '../cartography/legend-entry';
import { headFragmentShader, headVertexShader } from './head-shaders';

export type HeadLayerProps<D> = {
  getPosition: Accessor<D, LonLat>;
  /** Compass bearing of the direction of travel, degrees. */
  getHeading: Accessor<D, number>;
  /** The casing's and the core's box, CSS px (0: not drawn). */
  getSizes: Accessor<D, [number, number]>;
  getCoreColor: Accessor<D, RGBA>;
  getCasingColor: Accessor<D, RGBA>;
};

const defaultProps: DefaultProps<HeadLayerProps<unknown>> = {
  getPosition: { type: 'accessor', value: [0, 0] },
  getHeading: { type: 'accessor', value: 0 },
  getSizes: { type: 'accessor', value: [0, 0] },
  getCoreColor: { type: 'accessor', value: [0, 0, 0, 255] },
  getCasingColor: { type: 'accessor', value: [255, 255, 255, 255] },
};

/** Vertex starts of n quads (0, 4, 8, …), shared and grown as needed: deck.gl repeats each head's values over them. */
let quadStarts = new Uint32Array(1);
function starts(n: number): Uint32Array {
  if (quadStarts.length <= n) quadStarts = Uint32Array.from({ length: 2 * n + 1 }, (_, i) => i * 4);
  return quadStarts.subarray(0, n + 1);
}

/**
 * Arrowheads, casing and core in one draw of plain quads (four vertices a head), where deck.gl's IconLayer
 * would draw two layers of instances: software WebGL pays for every instance on its own, and a large
 * scenario has thousands of heads. Laid flat on the map and turned to the heading, as the icons were.
 * Pickable: a head stands for its movement.
 */
export class HeadLayer<D> extends Layer<HeadLayerProps<D> & LayerProps> {
  static override layerName = 'HeadLayer';
  static override defaultProps = defaultProps;

  declare state: { model?: Model; numInstances: number; startIndices: Uint32Array };

  override getShaders() {
    return super.getShaders({
      vs: headVertexShader,
      fs: headFragmentShader,
      modules: [project32, picking],
    });
  }

  override initializeState() {
    this.setState({ numInstances: 0, startIndices: starts(0) });
    this.getAttributeManager()!.add({
      indices: { size: 1, type: 'uint32', isIndexed: true, noAlloc: true, update: this.quadIndices },
      positions: { size: 2, type: 'float32', accessor: 'getPosition' },
      angles: { size: 1, type: 'float32', accessor: 'getHeading' },
      sizes: { size: 2, type: 'float32', accessor: 'getSizes' },
      coreColors: { size: 4, type: 'unorm8', accessor: 'getCoreColor' },
      casingColors: { size: 4, type: 'unorm8', accessor: 'getCasingColor' },
      rowIndexes: { size: 1, type: 'float32', accessor: (_: unknown, { index }: { index: number }) => index },
    });
  }

  /** Two triangles per head (called by deck.gl with `this` the layer). */
  quadIndices(attribute: { value: unknown }): void {
    const heads = this.state.numInstances / 4;
    const indices = new Uint32Array(heads * 6);
    for (let h = 0; h < heads; h++)
      indices.set(
        [0, 1, 2, 1, 3, 2].map((k) => 4 * h + k),
        6 * h,
      );
    attribute.value = indices;
  }

  override updateState(params: UpdateParameters<this>) {
    super.updateState(params);
    const { changeFlags } = params;
    if (changeFlags.dataChanged) {
      const n = (this.props.data as readonly D[]).length;
      this.setState({ numInstances: n * 4, startIndices: starts(n) });
      this.getAttributeManager()!.invalidateAll();
    }
    if (!this.state.model || changeFlags.extensionsChanged) {
      this.state.model?.destroy();
      this.state.model = new Model(this.context.device, {
        ...this.getShaders(),
        id: this.props.id,
        bufferLayout: this.getAttributeManager()!.getBufferLayouts(),
        topology: 'triangle-list',
        isIndexed: true,
      });
    }
  }

  override draw() {
    const model = this.state.model;
    if (!model || this.state.numInstances === 0) return;
    model.setVertexCount((this.state.numInstances / 4) * 6);
    model.draw(this.context.renderPass);
  }
}
