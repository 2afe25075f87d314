import * as mb from 'mediabunny';
for (const f of process.argv.slice(2)) {
  const input = new mb.Input({ source: new mb.FilePathSource(f), formats: mb.ALL_FORMATS });
  const t = await input.getPrimaryVideoTrack();
  const ps = [];
  for await (const p of new mb.EncodedPacketSink(t).packets(undefined, undefined, { metadataOnly: true })) ps.push([p.timestamp, p.duration, p.type]);
  console.log(f, (await input.getFormat()).name, t.codec, ps.length, JSON.stringify(ps.slice(0, 3)), JSON.stringify(ps.slice(-2)));
}
