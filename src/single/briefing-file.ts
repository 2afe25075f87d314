import type { ScenarioFiles } from '../scenario/load';

/** The id of the JSON block that carries a saved briefing's scenario inside the single HTML file. */
export const BRIEFING_BLOCK_ID = 'sandtable-briefing';
export const SINGLE_FILE_NAME = 'sandtable.html';

/** What "Save briefing as one file…" puts in the file: the scenario as loaded, and where to open it. */
export interface EmbeddedBriefing {
  files: ScenarioFiles;
  /** Chapter to open on (presenting starts there). */
  chapter?: string;
  /** Scenario time to open at, epoch ms. */
  t?: number;
}

const BLOCK = new RegExp(`<script type="application/json" id="${BRIEFING_BLOCK_ID}">[\\s\\S]*?</script>\\s*`);

/**
 * The single-file HTML with this briefing in it, replacing any briefing it already held. The JSON sits in
 * a data block (never executed, so the page's script hash still holds); every "<" is escaped so no text of
 * the scenario can close the block.
 */
export function embedBriefing(html: string, briefing: EmbeddedBriefing): string {
  if (!html.includes('</head>'))
    throw new Error(`Not the single-file HTML: no </head> in ${html.slice(0, 60)}…`);
  const json = JSON.stringify(briefing).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${BRIEFING_BLOCK_ID}">${json}</script>\n  `;
  return html.replace(BLOCK, '').replace('</head>', () => `${block}</head>`);
}

/** The briefing a saved single file carries, if any; a broken block counts as none (the default opens). */
export function readEmbeddedBriefing(doc: Pick<Document, 'getElementById'>): EmbeddedBriefing | undefined {
  const text = doc.getElementById(BRIEFING_BLOCK_ID)?.textContent;
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as EmbeddedBriefing;
    return value && typeof value.files === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

let ownHtml: string | undefined;

/** Called first thing by the single file: its own HTML, before the app changes the page. */
export function rememberOwnHtml(doc: Document): void {
  ownHtml = `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

/**
 * The single-file HTML to save a briefing into. The single file has itself (remembered at start-up, with
 * its script and style verbatim, so their hashes still match); the served app fetches `sandtable.html`,
 * which `npm run build` puts beside index.html, from its own origin.
 */
export async function singleFileTemplate(fetcher: typeof fetch = fetch): Promise<string> {
  if (ownHtml) return ownHtml;
  const response = await fetcher(SINGLE_FILE_NAME);
  if (!response.ok)
    throw new Error(
      `${SINGLE_FILE_NAME} is not served here (HTTP ${response.status}): build it with npm run build`,
    );
  return response.text();
}
