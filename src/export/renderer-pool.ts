import type { OffscreenRenderer, RenderSettings } from './offscreen-renderer';
import { isCancel } from './export-job';

/** The part of an OffscreenRenderer the pool drives (a fake in unit tests). */
export type PooledRenderer = Pick<OffscreenRenderer, 'beginJob' | 'endJob' | 'destroy'>;

/** Everything a built export map depends on; the camera is set per job. */
function sameBuild(a: RenderSettings, b: RenderSettings): boolean {
  return (
    a.scenario === b.scenario &&
    a.theme === b.theme &&
    a.lang === b.lang &&
    (a.symbols ?? true) === (b.symbols ?? true) &&
    a.baseUrl === b.baseUrl &&
    (a.relief ?? true) === (b.relief ?? true) &&
    a.basemap?.key === b.basemap?.key &&
    a.size.width === b.size.width &&
    a.size.height === b.size.height &&
    a.size.pixelRatio === b.size.pixelRatio
  );
}

/**
 * Keeps one export map alive between jobs. A fresh WebGL context pays for its shaders, textures and tiles on
 * its first frame (4–8 s at 1080p in SwiftShader, measured with bench/export.bench.mjs), which dominated
 * short exports; a map kept warm (or warmed while the user fills in the export dialog) starts at full rate.
 * Jobs run one after another, since they share MapLibre's global clock.
 */
export class RendererPool<R extends PooledRenderer = OffscreenRenderer> {
  #settings: RenderSettings | undefined;
  #renderer: Promise<R> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #built = 0;

  constructor(private readonly create: (settings: RenderSettings) => Promise<R>) {}

  /** Runs `job` on a renderer built for `settings` (reused when only the camera differs). */
  use<T>(settings: RenderSettings, job: (renderer: R) => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      const renderer = await this.#rendererFor(settings);
      renderer.beginJob(settings);
      try {
        return await job(renderer);
      } catch (error) {
        // A cancel leaves the map sound; after any other failure start again from a fresh one.
        if (!isCancel(error)) this.#drop();
        throw error;
      } finally {
        renderer.endJob();
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Whether the next `use` with these settings starts on a warm map. */
  holds(settings: RenderSettings): boolean {
    return this.#settings !== undefined && sameBuild(this.#settings, settings);
  }

  /** The size of the map kept now (null when none), and how many maps this pool has built. */
  state(): { size: RenderSettings['size'] | null; built: number } {
    return { size: this.#settings?.size ?? null, built: this.#built };
  }

  /** Frees the map once the jobs queued so far are done. */
  release(): Promise<void> {
    const run = this.#queue.then(() => this.#drop());
    this.#queue = run;
    return run;
  }

  #rendererFor(settings: RenderSettings): Promise<R> {
    if (this.#renderer && this.holds(settings)) return this.#renderer;
    this.#drop();
    this.#settings = settings;
    this.#built++;
    const renderer = this.create(settings);
    this.#renderer = renderer;
    renderer.catch(() => {
      if (this.#renderer !== renderer) return;
      this.#settings = undefined;
      this.#renderer = undefined;
    });
    return renderer;
  }

  #drop(): void {
    const renderer = this.#renderer;
    this.#settings = undefined;
    this.#renderer = undefined;
    void renderer?.then((r) => r.destroy()).catch(() => undefined);
  }
}
