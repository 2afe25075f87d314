import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import extRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import extBold from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import { PT_PER_MM } from './true-scale';
import { INK, type Ink, type MeasureMm, type Op } from './page-ops';

/** A page to write: its size in mm and what is drawn on it. */
export interface PageSpec {
  size: { w: number; h: number };
  ops: Op[];
}

/** Pictures by key: the map as JPEG, swatches as PNG. */
export type Pictures = ReadonlyMap<string, { bytes: Uint8Array; type: 'jpeg' | 'png' }>;

interface Face {
  font: PDFFont;
  has: (codePoint: number) => boolean;
}

/** Noto Sans as the app shows it: the Latin subset, with Latin Extended for what it lacks. */
interface Faces {
  regular: [Face, Face];
  bold: [Face, Face];
}

/**
 * WOFF (not WOFF2): fontkit subsets WOFF's plain glyph tables, but fails on WOFF2's transformed ones. The
 * files are the app's own (@fontsource), fetched from its origin; subsetting keeps each PDF small.
 */
async function loadFaces(doc: PDFDocument): Promise<Faces> {
  // Fixed subset tags: pdf-lib would add a random suffix to each name, and the same handout gives the same file.
  const files: [string, string][] = [
    [latinRegular, 'SANDTA+NotoSans-Regular'],
    [latinBold, 'SANDTB+NotoSans-Bold'],
    [extRegular, 'SANDTC+NotoSans-Regular'],
    [extBold, 'SANDTD+NotoSans-Bold'],
  ];
  const fetched = await Promise.all(
    files.map(async ([url]) => new Uint8Array(await (await fetch(url)).arrayBuffer())),
  );
  // Embedded one after another, in a fixed order: their object numbers must not follow the network.
  const faces: Face[] = [];
  for (const [i, bytes] of fetched.entries()) {
    const parsed = fontkit.create(bytes);
    const font = await doc.embedFont(bytes, { subset: true, customName: files[i]![1] });
    faces.push({ font, has: (c) => parsed.hasGlyphForCodePoint(c) });
  }
  const [r, b, er, eb] = faces;
  return { regular: [r!, er!], bold: [b!, eb!] };
}

/** The text cut into runs, each in the first face that has its characters. */
function runs(text: string, faces: [Face, Face]): { text: string; font: PDFFont }[] {
  const out: { text: string; font: PDFFont }[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const face = faces[0].has(c) || !faces[1].has(c) ? faces[0] : faces[1];
    const last = out[out.length - 1];
    if (last && last.font === face.font) last.text += ch;
    else out.push({ text: ch, font: face.font });
  }
  return out;
}

const colour = ([r, g, b]: Ink) => rgb(r, g, b);

/** A document with Noto Sans embedded, measuring text as it will be set. */
export class PdfWriter {
  private constructor(
    private readonly doc: PDFDocument,
    private readonly faces: Faces,
  ) {}

  static async create(meta: { title: string; lang: string; date: Date }): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const faces = await loadFaces(doc);
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setLanguage(meta.lang);
    doc.setCreator('Sandtable');
    doc.setProducer('Sandtable');
    // The scenario's moment, not the wall clock: the same handout gives the same file.
    doc.setCreationDate(meta.date);
    doc.setModificationDate(meta.date);
    return new PdfWriter(doc, faces);
  }

  readonly measure: MeasureMm = (text, size, bold) =>
    runs(text, bold ? this.faces.bold : this.faces.regular).reduce(
      (w, r) => w + r.font.widthOfTextAtSize(r.text, size),
      0,
    ) / PT_PER_MM;

  async addPage(spec: PageSpec, pictures: Pictures): Promise<void> {
    const page = this.doc.addPage([spec.size.w * PT_PER_MM, spec.size.h * PT_PER_MM]);
    const images = new Map<string, PDFImage>();
    const image = async (key: string) => {
      const found = images.get(key);
      if (found) return found;
      const p = pictures.get(key);
      if (!p) throw new Error(`No picture "${key}" for the page`);
      const embedded =
        p.type === 'jpeg' ? await this.doc.embedJpg(p.bytes) : await this.doc.embedPng(p.bytes);
      images.set(key, embedded);
      return embedded;
    };
    for (const op of spec.ops) await this.draw(page, spec.size.h, op, image);
  }

  private async draw(
    page: PDFPage,
    pageH: number,
    op: Op,
    image: (key: string) => Promise<PDFImage>,
  ): Promise<void> {
    const X = (mm: number) => mm * PT_PER_MM;
    const Y = (mm: number) => (pageH - mm) * PT_PER_MM;
    switch (op.kind) {
      case 'text': {
        // The baseline sits at 0.8 of the line box below its top (Noto's ascent is 1.07 em in a 1.3 em line).
        let x = X(op.box.x);
        const y = Y(op.box.y + op.box.h * 0.72);
        for (const r of runs(op.text, op.bold ? this.faces.bold : this.faces.regular)) {
          page.drawText(r.text, { x, y, size: op.size, font: r.font, color: colour(op.color ?? INK) });
          x += r.font.widthOfTextAtSize(r.text, op.size);
        }
        return;
      }
      case 'image':
        page.drawImage(await image(op.key), {
          x: X(op.box.x),
          y: Y(op.box.y + op.box.h),
          width: X(op.box.w),
          height: X(op.box.h),
        });
        return;
      case 'rect':
        page.drawRectangle({
          x: X(op.box.x),
          y: Y(op.box.y + op.box.h),
          width: X(op.box.w),
          height: X(op.box.h),
          ...(op.fill && { color: colour(op.fill) }),
          ...(op.stroke && { borderColor: colour(op.stroke), borderWidth: X(op.width ?? 0.2) }),
        });
        return;
      case 'line':
        page.drawLine({
          start: { x: X(op.from[0]), y: Y(op.from[1]) },
          end: { x: X(op.to[0]), y: Y(op.to[1]) },
          thickness: X(op.width),
          color: colour(op.color ?? INK),
        });
        return;
      case 'polygon': {
        // drawSvgPath's y axis points down from the origin given, as the ops' does.
        const d = op.points.map(([x, y], i) => `${i ? 'L' : 'M'}${X(x)},${X(y)}`).join(' ') + ' Z';
        page.drawSvgPath(d, { x: 0, y: pageH * PT_PER_MM, color: colour(op.fill) });
        return;
      }
    }
  }

  save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: true });
  }
}
