import { pair } from '../../i18n/strings'; // A small streaming XML reader: elements, attributes and text, in one pass over the string, checking that
// tags nest. A 200,000-point GPX is 20 MB of XML; a DOM of it takes seconds and a gigabyte, this a fraction
// of a second and no tree at all.

export interface XmlHandler {
  /** An element opens; `name` without its namespace prefix. */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Text inside an element (entities decoded, CDATA as is); may come in several pieces. */
  text(text: string): void;
}

export interface XmlError {
  message: { en: string; fr: string };
  line: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Reads the attributes of a start tag from `from` up to its `>`; returns where the tag ends. */
function attributesOf(
  text: string,
  from: number,
  out: Record<string, string>,
): { end: number; selfClosing: boolean } | undefined {
  let i = from;
  const n = text.length;
  for (;;) {
    while (i < n && /\s/.test(text[i] as string)) i++;
    if (i >= n) return undefined;
    const c = text[i];
    if (c === '>') return { end: i + 1, selfClosing: false };
    if (c === '/' && text[i + 1] === '>') return { end: i + 2, selfClosing: true };
    const eq = text.indexOf('=', i);
    if (eq < 0) return undefined;
    const name = text.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && /\s/.test(text[q] as string)) q++;
    const quote = text[q];
    if (!name || (quote !== '"' && quote !== "'")) return undefined;
    const close = text.indexOf(quote, q + 1);
    if (close < 0) return undefined;
    out[localName(name)] = decodeEntities(text.slice(q + 1, close));
    i = close + 1;
  }
}

/**
 * Walks the document, calling `handler` for each element and piece of text; `progress` gets the offset
 * reached now and then. Returns the first well-formedness problem, or undefined.
 */
export function scanXml(
  text: string,
  handler: XmlHandler,
  progress?: (offset: number) => void,
): XmlError | undefined {
  const stack: string[] = [];
  const n = text.length;
  let i = 0;
  let sawRoot = false;
  let nextReport = 1 << 20;
  const fail = (at: number, en: string, fr: string): XmlError => ({
    message: { en, fr },
    line: lineAt(text, at),
  });
  while (i < n) {
    if (progress && i >= nextReport) {
      progress(i);
      nextReport = i + (1 << 20);
    }
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const piece = text.slice(i, end);
      if (stack.length) handler.text(decodeEntities(piece));
      else if (piece.trim()) return fail(i, ...pair('expectNoTextOutsideRoot'));
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close < 0) return fail(lt, ...pair('expectCommentClosed'));
      i = close + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close < 0) return fail(lt, ...pair('expectCdataSectionClosed'));
      if (stack.length) handler.text(text.slice(lt + 9, close));
      i = close + 3;
    } else if (text[lt + 1] === '?') {
      const close = text.indexOf('?>', lt + 2);
      if (close < 0) return fail(lt, ...pair('expectDeclarationClosed'));
      i = close + 2;
    } else if (text[lt + 1] === '!') {
      // <!DOCTYPE …>, possibly with an internal subset in brackets.
      const bracket = text.indexOf('[', lt);
      const gt = text.indexOf('>', lt);
      const close = bracket >= 0 && bracket < gt ? text.indexOf(']>', bracket) + 1 : gt;
      if (close <= 0) return fail(lt, ...pair('expectDeclarationClosed2'));
      i = close + 1;
    } else if (text[lt + 1] === '/') {
      const gt = text.indexOf('>', lt);
      if (gt < 0) return fail(lt, ...pair('expectEndTagClosed'));
      const name = localName(text.slice(lt + 2, gt).trim());
      const open = stack.pop();
      if (open !== name)
        return open === undefined
          ? fail(lt, ...pair('expectNoEndTagWithout', { name }))
          : fail(lt, ...pair('expectCloseFound', { open, name }));
      handler.close(name);
      i = gt + 1;
    } else {
      let j = lt + 1;
      while (j < n && !/[\s/>]/.test(text[j] as string)) j++;
      const name = localName(text.slice(lt + 1, j));
      const attributes: Record<string, string> = {};
      const tag = name ? attributesOf(text, j, attributes) : undefined;
      if (!tag) return fail(lt, ...pair('expectWellFormedStartTag'));
      if (!stack.length && sawRoot) return fail(lt, ...pair('expectSingleRootElement'));
      sawRoot = true;
      handler.open(name, attributes);
      if (tag.selfClosing) handler.close(name);
      else stack.push(name);
      i = tag.end;
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    return fail(n, ...pair('expectBeforeEndFile', { open: String(open) }));
  }
  if (!sawRoot) return fail(0, ...pair('expectRootElement'));
  return undefined;
}
