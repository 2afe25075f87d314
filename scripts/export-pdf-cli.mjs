// The CLI's PDF handout: asks the page for it through window.sandtable.exportPdf, bytes out in 4 MB pieces.

/** Writes the handout the parsed `args` ask for through `write(bytes, position)`; prints pages and time. */
export async function exportPdf(page, args, write) {
  const started = Date.now();
  await page.exposeFunction('__sandtablePdfSink', (b64, position) =>
    write(Buffer.from(b64, 'base64'), position),
  );
  await page.exposeFunction('__sandtablePdfProgress', (done, total) =>
    process.stdout.write(`export: pdf ${done}/${total}\n`),
  );
  const bytes = await page.evaluate(
    async (o) => {
      const blob = await window.sandtable.exportPdf({
        ...o,
        onProgress: (done, total) => void window.__sandtablePdfProgress(done, total),
      });
      for (let at = 0; at < blob.size; at += 4 << 20) {
        const piece = new Uint8Array(await blob.slice(at, at + (4 << 20)).arrayBuffer());
        let s = '';
        for (let i = 0; i < piece.length; i += 0x8000)
          s += String.fromCharCode(...piece.subarray(i, i + 0x8000));
        await window.__sandtablePdfSink(btoa(s), at);
      }
      return blob.size;
    },
    {
      paper: args.paper,
      orientation: args.orientation,
      margin: args.margin,
      scale: args.scale,
      ppi: args.ppi,
      booklet: args.booklet,
      ...(args.time !== undefined && { t: args.time }),
      ...(args.chapter !== undefined && { chapter: args.chapter }),
      ...(args.view && { view: args.view }),
    },
  );
  const what = args.booklet ? 'booklet' : args.chapter ? `chapter ${args.chapter}` : 'page';
  const scale = args.scale ? `1:${args.scale}` : 'fitted';
  console.log(
    `export: pdf ${what}, ${args.paper} ${args.orientation}, ${scale}, ${args.ppi} ppi: ${bytes} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
