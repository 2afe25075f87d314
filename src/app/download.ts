/** Saves bytes as a file through a temporary object URL: no request leaves the page. */
export function downloadBytes(
  bytes: Uint8Array | Blob,
  filename: string,
  type = 'application/octet-stream',
): void {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
