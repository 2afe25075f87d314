import { chapterRanges, findChapter } from '../briefing/chapters';
import { frameAt } from '../frame/frame-at';
import { toEpochMs } from '../time/format-time';
import { drawn, type ApiContext } from './api-context';
import type { SandtableApi } from './sandtable-api';

/** The moment shown: the scenario's time, its frame summarised, its chapters and presenting them. */
export function momentApi(
  ctx: ApiContext,
): Pick<SandtableApi, 'time' | 'scenario' | 'setTime' | 'frame' | 'present' | 'chapters' | 'findChapter'> {
  const { app } = ctx;
  return {
    get time() {
      return app.t;
    },
    get scenario() {
      const s = app.scenario;
      return { id: s.id, start: s.start, end: s.end, timeZone: s.timeZone };
    },
    async setTime(t) {
      const ms = toEpochMs(t);
      return drawn(ctx, () => app.setTime(ms));
    },
    frame(t) {
      const f = frameAt(app.scenario, t === undefined ? app.t : toEpochMs(t));
      return {
        t: f.t,
        iso: new Date(f.t).toISOString(),
        movements: f.movements.map((m) => ({
          id: m.feature.id,
          status: m.status,
          head: m.head,
          progress: m.progress,
          km: m.km,
        })),
        events: f.events.map((e) => ({
          id: e.feature.id,
          kind: e.feature.kind,
          ageMs: e.age,
          inWindow: e.inWindow,
        })),
        places: f.places.map((p) => ({ id: p.feature.id, controller: p.controller ?? null })),
      };
    },
    async present(chapter) {
      await ctx.ready;
      const found = chapter ? findChapter(app.scenario.chapters, chapter) : undefined;
      if (chapter && !found)
        throw new Error(
          `No chapter "${chapter}" (chapters: ${app.scenario.chapters.map((c) => c.id).join(', ')})`,
        );
      await drawn(ctx, () => {
        app.presenting = chapter !== null;
        if (found) app.chapter = found.id;
      });
    },
    get chapters() {
      return chapterRanges(app.scenario.chapters, app.lang);
    },
    findChapter(name) {
      const chapter = findChapter(app.scenario.chapters, name);
      return chapter ? (chapterRanges([chapter], app.lang)[0] ?? null) : null;
    },
  };
}
