import { strFromU8, unzipSync } from 'fflate';

/** A .pptx opened as its parts: slide XML, notes XML and each slide's relationships, in slide order. */
export function readPptx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : '');
  const slideNames = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const slides = slideNames.map((name) => {
    const rels = text(name.replace('slides/', 'slides/_rels/') + '.rels');
    const notesTarget = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    return {
      xml: text(name),
      rels,
      notes: notesTarget ? text(`ppt/notesSlides/${notesTarget}`) : '',
      /** Text runs of the slide, joined: what a viewer reads. */
      text: [...text(name).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '),
    };
  });
  return { files, text, slides };
}
