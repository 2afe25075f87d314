import { localize } from '../i18n/localize';
import { furnitureRects, type FurnitureKind } from '../furniture/furniture-layout';
import { insetSummary } from '../scene/scene-inset';
import type { ApiContext } from './api-context';
import type { SandtableApi } from './sandtable-api';

/** What the frame on screen holds, read from the app's scene: furniture, density, labels. */
export function screenApi(ctx: ApiContext): Pick<SandtableApi, 'furniture' | 'density' | 'labels'> {
  return {
    furniture() {
      const scene = ctx.scene();
      const box = (r: { x: number; y: number; w: number; h: number }) => ({
        x: r.x,
        y: r.y,
        width: r.w,
        height: r.h,
      });
      return {
        items: Object.entries(furnitureRects(scene.furniture.plan)).map(([kind, r]) => ({
          kind: kind as FurnitureKind,
          ...box(r),
        })),
        focus: scene.focus && box(scene.focus),
        inset: insetSummary(scene.furniture.input),
        credits: scene.furniture.input.attribution,
      };
    },
    density() {
      const scene = ctx.scene();
      const d = scene.density;
      return {
        tier: d.tier,
        movements: d.movements,
        moving: d.moving,
        events: d.events,
        labelBudget: Number.isFinite(d.labelBudget) ? d.labelBudget : null,
        labels: scene.labels.filter((l) => !l.reserved).length,
        doneDots: d.doneDots,
        aggregateEvents: d.aggregateEvents,
        legend: scene.legend
          .filter((e) => e.key.startsWith('density-') || e.key === 'event-cells')
          .map((e) => localize(e.explanation, 'en'))
          .join(' '),
      };
    },
    labels() {
      return ctx
        .scene()
        .labels.filter((l) => !l.reserved)
        .map((l) => ({ id: l.id, lines: [...l.lines] }));
    },
  };
}
