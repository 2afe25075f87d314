/** A page as the single-file build writes it, before anything is embedded in it. */
export const PAGE_TEMPLATE =
  '<!doctype html>\n<html><head><title>t</title></head><body><script type="module">x()</script></body></html>';

/** Enough of a Document for the single file's readers: a JSON block's text, found by id in the HTML. */
export function docOf(html: string) {
  return {
    getElementById: (id: string) => {
      const m = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html);
      return m ? ({ textContent: m[1] } as HTMLElement) : null;
    },
  };
}
