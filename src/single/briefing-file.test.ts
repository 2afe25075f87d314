import { describe, expect, it } from 'vitest';
import { BRIEFING_BLOCK_ID, embedBriefing, readEmbeddedBriefing, singleFileTemplate } from './briefing-file';
import { inlineScriptText, singleFilePolicy } from '../../scripts/single-file-plugin';
import { PAGE_TEMPLATE as TEMPLATE, docOf } from '../../tests/support/embedded-doc';

describe('a briefing embedded in the single file', () => {
  const briefing = {
    files: { 'scenario.json': '{"title":"</script><script>alert(1)</script>"}' },
    chapter: 'c2',
    t: 5,
  };

  it('round-trips the scenario, chapter and time, and no scenario text can close the block', () => {
    const html = embedBriefing(TEMPLATE, briefing);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.indexOf(BRIEFING_BLOCK_ID)).toBeLessThan(html.indexOf('</head>'));
    expect(readEmbeddedBriefing(docOf(html))).toEqual(briefing);
    // The page's own script is untouched, so its hash in the policy still holds.
    expect(html).toContain('<script type="module">x()</script>');
  });

  it('replaces the briefing a saved file already holds rather than adding a second', () => {
    const twice = embedBriefing(embedBriefing(TEMPLATE, briefing), { ...briefing, chapter: 'c3' });
    expect(twice.match(new RegExp(BRIEFING_BLOCK_ID, 'g'))).toHaveLength(1);
    expect(readEmbeddedBriefing(docOf(twice))?.chapter).toBe('c3');
  });

  it('opens the default scenario when the block is missing or broken, and refuses a page that is not HTML', () => {
    expect(readEmbeddedBriefing(docOf(TEMPLATE))).toBeUndefined();
    const broken = TEMPLATE.replace(
      '</head>',
      `<script type="application/json" id="${BRIEFING_BLOCK_ID}">{"files":</script></head>`,
    );
    expect(readEmbeddedBriefing(docOf(broken))).toBeUndefined();
    expect(() => embedBriefing('not html', briefing)).toThrow('not html');
  });

  it('fetches sandtable.html from its own origin in the served app, and says how to get it when missing', async () => {
    const asked: string[] = [];
    const ok = (async (url: string) => (asked.push(url), new Response(TEMPLATE))) as typeof fetch;
    expect(await singleFileTemplate(ok)).toBe(TEMPLATE);
    expect(asked).toEqual(['sandtable.html']);
    const missing = (async () => new Response('', { status: 404 })) as typeof fetch;
    await expect(singleFileTemplate(missing)).rejects.toThrow(/HTTP 404.*npm run build/);
  });
});

describe('inlining the script', () => {
  it('escapes "</script" so the element cannot end early, and refuses the parser trap it cannot fix', () => {
    expect(inlineScriptText('a("</script>")')).toBe('a("<\\/script>")');
    expect(inlineScriptText('s.replace("<!>", "<!---->"); b("<script")')).toContain('<script');
    expect(() => inlineScriptText('x = "<!-- <script"')).toThrow('"<!--" then "<script"');
  });

  it('allows the one script and style by hash, and neither eval nor inline code', () => {
    const policy = singleFilePolicy("'sha256-AAA'", "'sha256-BBB'");
    expect(policy).toContain("script-src 'sha256-AAA'");
    expect(policy).toContain("style-src 'sha256-BBB'");
    expect(policy).not.toMatch(/unsafe|'self'/);
  });
});
