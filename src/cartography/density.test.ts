import { describe, expect, it } from 'vitest';
import {
  AGGREGATE_EVENTS,
  AGGREGATE_MAX_ZOOM,
  CAMPAIGN_MAX,
  DONE_LINES_MAX,
  EVENTS_FULL_SIZE,
  HEADS_CROWD,
  densityOf,
  LABEL_BUDGET,
  TRACKS_MAX,
} from './density';

const at = (movements: number, moving = movements, events = 0, zoom = 8) =>
  densityOf({ movements, moving, events, zoom });

describe('density rules (counts in view and zoom → styling)', () => {
  it("keeps today's campaign arrows for a few movements (Kidal's five), every label, events one by one", () => {
    for (const n of [0, 1, 5, CAMPAIGN_MAX]) {
      const d = at(n, Math.min(n, 3), 40);
      expect(d.tier).toBe('campaign');
      expect(d.trail).toEqual({ moving: 7, done: 5, casing: 4, doneAlpha: 120 });
      expect(d.heads).toEqual({ casing: { done: 26, moving: 34 }, core: { done: 20, moving: 27 } });
      expect(d.haloAlpha).toBe(0.8);
      expect(d.labelBudget).toBe(Infinity);
      expect(d.trailMs).toBe(Infinity);
      expect(d.aggregateEvents).toBe(false);
    }
  });

  it('draws hundreds as slim tracks with small heads, finished ones without a head, and budgets labels', () => {
    const d = at(CAMPAIGN_MAX + 1, 200);
    expect(d.tier).toBe('tracks');
    expect(d.trail.moving).toBeLessThan(7);
    expect(d.heads.core.moving).toBeLessThan(27);
    expect(d.heads.core.moving).toBeGreaterThan(0);
    expect(d.heads.core.done).toBe(0);
    expect(d.labelBudget).toBe(LABEL_BUDGET);
    expect(d.trailMs).toBe(Infinity);
  });

  it('draws thousands as heads on the recent part of their track, with fainter finished lines', () => {
    const d = at(3000, TRACKS_MAX + 1);
    expect(d.tier).toBe('heads');
    expect(d.trail.casing).toBe(0);
    expect(d.heads.core.moving).toBeLessThan(at(100).heads.core.moving);
    expect(d.trailMs).toBeLessThan(Infinity);
    expect(d.trail.doneAlpha).toBeLessThan(at(100, 50).trail.doneAlpha);
    expect(d.labelBudget).toBe(LABEL_BUDGET);
  });

  it('chooses the tier from how many move once past the campaign: hundreds finished and few moving are tracks', () => {
    expect(at(TRACKS_MAX * 3, 10).tier).toBe('tracks');
    expect(at(TRACKS_MAX * 3, TRACKS_MAX).tier).toBe('tracks');
    expect(at(TRACKS_MAX * 3, TRACKS_MAX + 1).tier).toBe('heads');
    // Sizes only shrink as the map gets denser.
    const tiers = [at(5), at(100), at(1000)];
    for (let i = 1; i < tiers.length; i++) {
      expect(tiers[i]!.heads.core.moving).toBeLessThan(tiers[i - 1]!.heads.core.moving);
      expect(tiers[i]!.trail.moving).toBeLessThan(tiers[i - 1]!.trail.moving);
      expect(tiers[i]!.haloAlpha).toBeLessThan(tiers[i - 1]!.haloAlpha);
    }
  });

  it('groups events by area when too many are in view, until zoomed in to street level', () => {
    expect(at(0, 0, AGGREGATE_EVENTS, 6).aggregateEvents).toBe(false);
    expect(at(0, 0, AGGREGATE_EVENTS + 1, 6).aggregateEvents).toBe(true);
    expect(at(0, 0, 100_000, AGGREGATE_MAX_ZOOM - 0.01).aggregateEvents).toBe(true);
    expect(at(0, 0, 100_000, AGGREGATE_MAX_ZOOM).aggregateEvents).toBe(false);
    // Grouped events budget the labels even among a few movements.
    expect(at(3, 3, 100_000, 6).labelBudget).toBe(LABEL_BUDGET);
    expect(at(3, 3, 100_000, 6).tier).toBe('campaign');
  });

  it('draws a crowd of heads smaller, on shorter and thinner trails, with a fainter casing', () => {
    const heads = at(HEADS_CROWD + 100, HEADS_CROWD);
    const crowd = at(HEADS_CROWD + 100, HEADS_CROWD + 1);
    expect([heads.tier, crowd.tier]).toEqual(['heads', 'heads']);
    expect(crowd.heads.core.moving).toBeLessThan(heads.heads.core.moving);
    expect(crowd.heads.casing.moving).toBeLessThan(heads.heads.casing.moving);
    expect(crowd.trail.moving).toBeLessThan(heads.trail.moving);
    expect(crowd.trailMs).toBeLessThan(heads.trailMs);
    expect(crowd.haloAlpha).toBeLessThan(heads.haloAlpha);
  });

  it('draws finished movements as lines up to a thousand in view, then as a dot where each ended', () => {
    expect(at(TRACKS_MAX + 10, 10).doneDots).toBe(false);
    expect(at(DONE_LINES_MAX + 10, 10).doneDots).toBe(false);
    expect(at(DONE_LINES_MAX + 11, 10).doneDots).toBe(true);
    expect(at(DONE_LINES_MAX + 2000, TRACKS_MAX + 1).doneDots).toBe(true);
    // The campaign keeps its finished arrows.
    expect(at(CAMPAIGN_MAX, 0).doneDots).toBe(false);
  });

  it('keeps event markers at full size for a few events in view, smaller beyond', () => {
    expect(at(0, 0, EVENTS_FULL_SIZE).eventScale).toBe(1);
    expect(at(0, 0, EVENTS_FULL_SIZE + 1).eventScale).toBeLessThan(1);
  });

  it('is a pure function of its counts: the same input gives equal output, whatever was asked before', () => {
    const a = at(500, 320, 2000, 7.5);
    at(5);
    at(20_000, 10_000, 0, 3);
    expect(at(500, 320, 2000, 7.5)).toEqual(a);
    expect(a).toMatchObject({ movements: 500, moving: 320, events: 2000 });
  });
});
