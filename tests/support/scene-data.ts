// A composed scene as plain data, for snapshot and equality tests: what each layer draws (id, kind, count and
// its first datum's look), the legend, the furniture plan and the placed labels.
import type { Layer } from '@deck.gl/core';
import type { Scene } from '../../src/scene/compose-scene';
import { furnitureRects } from '../../src/furniture/furniture-layout';
import { localize } from '../../src/i18n/localize';

/** Numbers to 0.1 so the snapshot reads as a layout, not as floating-point noise. */
const round = (value: unknown): unknown => {
  if (typeof value === 'number') return Math.round(value * 10) / 10;
  if (Array.isArray(value)) return value.map(round);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  return value;
};

/** The accessors whose first value says what a layer draws: colour, size, text, dash, icon. */
const KEY_ACCESSORS = [
  'getFillColor',
  'getLineColor',
  'getColor',
  'getRadius',
  'getWidth',
  'getSize',
  'getText',
  'getIcon',
  'getDashArray',
] as const;

/** A layer as data: its id and kind, how many things it draws, where it sits, and its first datum's look. */
export function layerData(layer: Layer): Record<string, unknown> {
  const props = layer.props as unknown as Record<string, unknown>;
  const data = Array.isArray(props.data) ? (props.data as unknown[]) : [];
  const first: Record<string, unknown> = {};
  for (const key of KEY_ACCESSORS) {
    const accessor = props[key];
    if (accessor === undefined) continue;
    first[key] =
      typeof accessor === 'function'
        ? data.length
          ? (accessor as (d: unknown, info: object) => unknown)(data[0], { index: 0, data, target: [] })
          : null
        : accessor;
  }
  return {
    id: layer.id,
    type: (layer.constructor as unknown as { layerName: string }).layerName,
    count: data.length,
    ...(props.beforeId !== undefined && { beforeId: props.beforeId }),
    first,
  };
}

/** A composed scene as reviewable data: layers, legend, furniture plan and labels. */
export function sceneData(scene: Scene): unknown {
  const { plan } = scene.furniture;
  return round({
    layers: scene.layers.map(layerData),
    legend: scene.legend.map((e) => ({
      key: e.key,
      group: e.group,
      swatch: e.swatch,
      label: localize(e.label, 'en'),
    })),
    furniture: {
      u: plan.u,
      rects: furnitureRects(plan),
      title: plan.title?.titleLines,
      legend: plan.legend && {
        form: plan.legend.form,
        items: plan.legend.items.map((i) => ({ key: i.entry.key, swatch: i.swatch, text: i.text?.lines })),
      },
      caption: plan.caption && { title: plan.caption.titleLines, body: plan.caption.textLines },
      credits: plan.attribution?.lines,
      scale: plan.scale?.choice.label,
    },
    labels: scene.labels.map((l) => ({ id: l.id, lines: l.lines, placement: l.placement, box: l.box })),
  });
}

/** The scene as JSON, arrays of numbers (colours, boxes, dashes) on one line so a review reads a change at a glance. */
export function sceneJson(scene: Scene): string {
  const json = JSON.stringify(sceneData(scene), null, 1);
  return `${json.replace(/\[[-\d.,\s]*\]/g, (list) => list.replace(/\s+/g, ''))}\n`;
}
