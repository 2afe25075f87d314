import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { probe, requireFfmpeg } from './ffmpeg';
import { readPptx } from '../support/pptx';
import { parseGif } from '../support/gif';
import { loadScenario } from '../../src/scenario/load';
import { readScenarioFiles } from '../support/kidal-data';
import { deckContent } from '../../src/export/slides/deck-content';

const CLI = join(import.meta.dirname, '..', '..', 'scripts', 'export-cli.mjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 230_000,
    env: { ...process.env, SANDTABLE_EXPORT_NO_BUILD: '1' },
  });

const loaded = loadScenario(readScenarioFiles());
if (!loaded.ok) throw new Error('Kidal scenario rejected');
const kidal = loaded.scenario;
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const content = deckContent(kidal, 'en');

beforeAll(() => requireFfmpeg());

describe('npm run export: the briefing kit', () => {
  it('writes the deck: title, a slide per chapter with its still and caption, legend; sources in the notes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sandtable-kit-')), 'kidal.pptx');
    const r = run(['--format', 'pptx', '--size', '640x360', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const deck = readPptx(new Uint8Array(readFileSync(out)));
    expect(deck.text('[Content_Types].xml')).toContain('presentationml.presentation.main+xml');
    expect(deck.slides).toHaveLength(kidal.chapters.length + 2);
    kidal.chapters.forEach((c, i) => {
      const slide = deck.slides[i + 1]!;
      expect(unescape(slide.text)).toContain(typeof c.caption === 'string' ? c.caption : c.caption.en);
      const image = /Target="\.\.\/media\/([^"]+\.png)"/.exec(slide.rels)![1]!;
      const still = PNG.sync.read(Buffer.from(deck.files[`ppt/media/${image}`]!));
      expect([still.width, still.height]).toEqual([640, 360]);
      expect(unescape(slide.notes)).toContain('Sources for this chapter:');
      for (const source of content.chapters[i]!.sources)
        expect(unescape(slide.notes)).toContain(`- ${source}`);
    });
    expect(deck.slides.at(-1)!.xml).toContain('<p:pic>');
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('writes a GIF of the briefing with captions that ffprobe reads at the expected size and frame count', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sandtable-kit-')), 'briefing.gif');
    const r = run([
      '--camera',
      'briefing',
      '--captions',
      '--chapter',
      'fall-14nov',
      '--fps',
      '6',
      '--frames',
      '12',
      '--size',
      '480x270',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(probe(out)).toMatchObject({ codec_name: 'gif', width: 480, height: 270, nb_read_frames: '12' });
    const gif = parseGif(new Uint8Array(readFileSync(out)));
    expect(gif.frames).toHaveLength(12);
    expect(gif.frames.reduce((s, f) => s + f.delayCs, 0)).toBe(200);
  });
});
