import { addProtocol } from 'maplibre-gl';
import { PMTiles, Protocol, type Source } from 'pmtiles';

// One `pmtiles://` handler for every map on the page. MapLibre runs custom protocols on the main thread and
// hands the bytes to its workers, so archives served by the app (range requests to its own origin) and
// archives opened from disk (a Blob, no request at all) are read the same way.

let protocol: Protocol | undefined;

/** The page's PMTiles protocol, registered with MapLibre on first use. */
export function pmtilesProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/** Makes an archive read through `source` (e.g. a local file) reachable as `pmtiles://<source key>/…`. */
export function addPmtilesSource(source: Source): PMTiles {
  const archive = new PMTiles(source);
  pmtilesProtocol().add(archive);
  return archive;
}
